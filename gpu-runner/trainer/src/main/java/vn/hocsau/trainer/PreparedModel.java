package vn.hocsau.trainer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import vn.hocsau.trainer.api.LabModel;

/**
 * A submission turned into an initialised network and its training settings.
 *
 * @param net the network, {@code init()} already called
 * @param epochs requested epochs before the lab's cap (0: predict with the model as uploaded)
 * @param batchSize examples per update
 * @param seed seed for shuffling and the validation split
 * @param custom the learner's model when it brings its own training loop, else {@code null}
 */
record PreparedModel(
    MultiLayerNetwork net, int epochs, int batchSize, long seed, LabModel custom) {}
