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
