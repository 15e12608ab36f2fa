package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The job page's log tail leaves out library chatter and keeps what the job said. */
class LogNoiseTest {

  @Test
  void slf4jAndJvmNoticesAreLeftOut() {
    LogTail tail =
        new LogTail(10)
            .add(
                "SLF4J: Failed to load class \"org.slf4j.impl.StaticLoggerBinder\".\n"
                    + "SLF4J: Defaulting to no-operation (NOP) logger implementation\n"
                    + "log4j:WARN No appenders could be found for logger (org.nd4j).\n"
                    + "Picked up JAVA_TOOL_OPTIONS: -Xss1m\n"
                    + "epoch 1: loss 0.69\n"
                    + "WARNING: An illegal reflective access operation has occurred\n"
                    + "my SLF4J: note stays");
    assertEquals(List.of("epoch 1: loss 0.69", "my SLF4J: note stays"), tail.lines());
  }
}
