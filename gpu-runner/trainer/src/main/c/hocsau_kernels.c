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
