/*
 * The trainer's native kernels: loops that libnd4j runs one element at a time and Java's C1
 * compiler (the only JIT of one-CPU jobs) cannot vectorise. Built by the trainer's pom with the
 * system C compiler; the trainer runs without them (on libnd4j's ops) where this library is
 * missing. Each function is compiled for AVX-512, AVX2 and plain x86-64, and the loader picks the
 * widest the CPU has (GCC's target_clones).
 *
 * -fno-math-errno lets the compiler use the vector square root; -ffp-contract=off keeps every
 * multiply and add rounded on its own, as Java's arithmetic is, so results do not depend on which
 * clone runs.
 */
#include <jni.h>
#include <math.h>
#include <stdint.h>

/*
 * One Adam step, element for element as libnd4j's adam_updater computes it, with DL4J's division
 * of the summed gradient by the minibatch size folded in:
 *   g = g / divisor;  m = b1*m + g*(1-b1);  v = b2*v + g*g*(1-b2);  g = alpha_t*m / (sqrt(v) + eps)
 */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void adam_step(float *restrict gradient, float *restrict m, float *restrict v, int64_t n,
                      float divisor, float beta1, float beta2, float alpha_t, float epsilon) {
  const float keep1 = 1.0f - beta1;
  const float keep2 = 1.0f - beta2;
  for (int64_t i = 0; i < n; i++) {
    const float g = gradient[i] / divisor;
    const float m_new = beta1 * m[i] + g * keep1;
    const float v_new = beta2 * v[i] + g * g * keep2;
    m[i] = m_new;
    v[i] = v_new;
    gradient[i] = alpha_t * m_new / (sqrtf(v_new) + epsilon);
  }
}

JNIEXPORT void JNICALL Java_vn_hocsau_trainer_layers_NativeKernels_adamStep(
    JNIEnv *env, jclass type, jlong gradient, jlong m, jlong v, jlong n, jfloat divisor,
    jfloat beta1, jfloat beta2, jfloat alpha_t, jfloat epsilon) {
  (void) env;
  (void) type;
  adam_step((float *) (intptr_t) gradient, (float *) (intptr_t) m, (float *) (intptr_t) v, n,
            divisor, beta1, beta2, alpha_t, epsilon);
}

/*
 * A dense layer's forward pass after its matrix product, for a [rows, cols] c-order z: adds the
 * bias to every row, keeps that pre-activation in keep (backprop reads it), and applies ReLU in
 * place when relu is set, as libnd4j's relu does (x < 0 ? 0 : x; NaN passes).
 */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void bias_activation(float *restrict z, const float *restrict bias, float *restrict keep,
                            int64_t rows, int64_t cols, int relu) {
  for (int64_t r = 0; r < rows; r++) {
    float *row = z + r * cols;
    float *kept = keep + r * cols;
    for (int64_t c = 0; c < cols; c++) {
      const float v = row[c] + bias[c];
      kept[c] = v;
      row[c] = relu && v < 0.0f ? 0.0f : v;
    }
  }
}

JNIEXPORT void JNICALL Java_vn_hocsau_trainer_layers_NativeKernels_biasActivation(
    JNIEnv *env, jclass type, jlong z, jlong bias, jlong keep, jlong rows, jlong cols,
    jboolean relu) {
  (void) env;
  (void) type;
  bias_activation((float *) (intptr_t) z, (const float *) (intptr_t) bias,
                  (float *) (intptr_t) keep, rows, cols, relu);
}

/*
 * ReLU's backprop, in place in z: the gradient where the pre-activation is positive, 0 elsewhere
 * (NaN included), as libnd4j's relu_bp; then the bias gradient, each column's sum over the rows.
 */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void relu_backprop(float *restrict z, const float *restrict epsilon, float *restrict bias_grad,
                          int64_t rows, int64_t cols) {
  for (int64_t c = 0; c < cols; c++) {
    bias_grad[c] = 0.0f;
  }
  for (int64_t r = 0; r < rows; r++) {
    float *row = z + r * cols;
    const float *grad = epsilon + r * cols;
    for (int64_t c = 0; c < cols; c++) {
      const float d = row[c] > 0.0f ? grad[c] : 0.0f;
      row[c] = d;
      bias_grad[c] += d;
    }
  }
}

JNIEXPORT void JNICALL Java_vn_hocsau_trainer_layers_NativeKernels_reluBackprop(
    JNIEnv *env, jclass type, jlong z, jlong epsilon, jlong bias_grad, jlong rows, jlong cols) {
  (void) env;
  (void) type;
  relu_backprop((float *) (intptr_t) z, (const float *) (intptr_t) epsilon,
                (float *) (intptr_t) bias_grad, rows, cols);
}

/*
 * The summed cross-entropy of probabilities p against labels y (n floats each), p clipped to
 * [eps, 1 - eps] as DL4J's LossMCXENT clips it (only its lower bound when eps is 0); NaN when the
 * probabilities do not sum to a finite number, so a diverged network still reads as diverged.
 */
static double cross_entropy(const float *p, const float *y, int64_t n, float eps) {
  double total = 0.0;
  double loss = 0.0;
  const float high = (float) (1.0 - (double) eps);
  for (int64_t i = 0; i < n; i++) {
    total += p[i];
    float q = p[i] > eps ? p[i] : eps;
    if (eps > 0.0f && q > high) {
      q = high;
    }
    if (y[i] != 0.0f) {
      loss -= (double) (logf(q) * y[i]);
    }
  }
  return isfinite(total) ? loss : NAN;
}

JNIEXPORT jdouble JNICALL Java_vn_hocsau_trainer_layers_NativeKernels_crossEntropy(
    JNIEnv *env, jclass type, jlong p, jlong y, jlong n, jfloat eps) {
  (void) env;
  (void) type;
  return cross_entropy((const float *) (intptr_t) p, (const float *) (intptr_t) y, n, eps);
}

/*
 * A float's bits as a key that orders as the float does, -0.0 equal to 0.0 and a NaN above every
 * number, times 4 plus 3 - position: among equal values the first position has the largest key.
 */
static inline int64_t window_key(int32_t bits, int32_t position) {
  int32_t k = bits ^ ((bits >> 31) & 0x7fffffff);
  k -= k >> 31;
  return (int64_t) k * 4 + (3 - position);
}

static inline int64_t larger(int64_t a, int64_t b) { return a > b ? a : b; }

/*
 * 2x2 max pooling with stride 2 over planes of height x width floats (as bits), row-major: each
 * window's largest element (the first in row-major order among equals) goes to out and kept, and
 * its flat index to winners. The same rule as MaxPooling2x2's Java loop and libnd4j's kernel.
 */
static void maxpool2x2_forward(const int32_t *restrict in, int32_t *restrict out,
                               int32_t *restrict kept, int32_t *restrict winners, int64_t planes,
                               int64_t height, int64_t width) {
  const int64_t rows = height / 2;
  const int64_t cols = width / 2;
  int64_t o = 0;
  for (int64_t p = 0; p < planes; p++) {
    for (int64_t r = 0; r < rows; r++) {
      const int64_t top = p * height * width + 2 * r * width;
      for (int64_t c = 0; c < cols; c++, o++) {
        const int64_t i = top + 2 * c;
        const int64_t best = larger(larger(window_key(in[i], 0), window_key(in[i + 1], 1)),
                                    larger(window_key(in[i + width], 2),
                                           window_key(in[i + width + 1], 3)));
        const int64_t position = 3 - (best & 3);
        const int64_t winner = i + (position & 1) + (position >> 1) * width;
        winners[o] = (int32_t) winner;
        out[o] = in[winner];
        kept[o] = in[winner];
      }
    }
  }
}

JNIEXPORT void JNICALL Java_vn_hocsau_trainer_layers_NativeKernels_maxPoolForward(
    JNIEnv *env, jclass type, jlong in, jlong out, jlong kept, jlong winners, jlong planes,
    jlong height, jlong width) {
  (void) env;
  (void) type;
  maxpool2x2_forward((const int32_t *) (intptr_t) in, (int32_t *) (intptr_t) out,
                     (int32_t *) (intptr_t) kept, (int32_t *) (intptr_t) winners, planes, height,
                     width);
}

/*
 * The pooling's backprop: each output's gradient at its window's winner and 0 at the window's three
 * other elements (the windows tile the input, so every element is written once and nothing needs
 * zeroing first). With relu (a ReLU first convolution below), a winner whose value is not positive
 * (as int bits: NaN with the sign bit clear counts as positive) passes no gradient, and the input
 * gradient is laid out [channels, batch, plane] instead of [batch, channels, plane]
 * (ReluMaskedGradient).
 */
static void maxpool2x2_backward(const int32_t *restrict grad, const int32_t *restrict winners,
                                const int32_t *restrict kept, int32_t *restrict input_grad,
                                int64_t batch, int64_t channels, int64_t height, int64_t width,
                                int relu) {
  const int64_t plane = height * width;
  const int64_t rows = height / 2;
  const int64_t cols = width / 2;
  int64_t o = 0;
  for (int64_t n = 0; n < batch; n++) {
    for (int64_t c = 0; c < channels; c++) {
      const int64_t from = (n * channels + c) * plane;
      const int64_t shift = relu ? (c * batch + n) * plane - from : 0;
      for (int64_t r = 0; r < rows; r++) {
        for (int64_t k = 0; k < cols; k++, o++) {
          const int64_t top = from + 2 * r * width + 2 * k + shift;
          input_grad[top] = 0;
          input_grad[top + 1] = 0;
          input_grad[top + width] = 0;
          input_grad[top + width + 1] = 0;
          input_grad[winners[o] + shift] = relu && kept[o] <= 0 ? 0 : grad[o];
        }
      }
    }
  }
}

JNIEXPORT void JNICALL Java_vn_hocsau_trainer_layers_NativeKernels_maxPoolBackward(
    JNIEnv *env, jclass type, jlong grad, jlong winners, jlong kept, jlong input_grad,
    jlong batch, jlong channels, jlong height, jlong width, jboolean relu) {
  (void) env;
  (void) type;
  maxpool2x2_backward((const int32_t *) (intptr_t) grad, (const int32_t *) (intptr_t) winners,
                      (const int32_t *) (intptr_t) kept, (int32_t *) (intptr_t) input_grad,
                      batch, channels, height, width, relu);
}
