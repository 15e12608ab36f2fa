/**
 * The platform's own memory: what the JVM gives back once start-up is done ({@link
 * vn.hocsau.system.memory.HeapAfterStart}). The JVM's limits are in the image's flags
 * (src/main/docker/Dockerfile.jvm), measured by bench/web.
 */
package vn.hocsau.system.memory;
