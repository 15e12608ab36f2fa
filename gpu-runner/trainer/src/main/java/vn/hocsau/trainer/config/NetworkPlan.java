package vn.hocsau.trainer.config;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

/**
 * A network ready to train: DL4J's configuration and the training settings that sit beside it.
 *
 * @param conf the layers, optimizer and input type
 * @param epochs requested epochs, before the lab's cap
 * @param batchSize examples per update
 * @param seed seed for weights, shuffling and the validation split
 */
public record NetworkPlan(MultiLayerConfiguration conf, int epochs, int batchSize, long seed) {}
