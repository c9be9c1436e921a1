package cartsim.model;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The five-point diffusion stencil in SIMD lanes. JDK 17's auto-vectoriser does not vectorise a
 * loop that reads an array at several offsets, which the stencil must, so without this the dense
 * pass copies each neighbour into line first (seven passes over the rows instead of one).
 *
 * <p>Every lane does the scalar stencil's operations in its order, ((left + right) + up + down)
 * − 4·c, then c + r·sum, each rounded as a Java float operation, so the values are bit-identical
 * to {@link #fivePointScalar} on any lane width. Call it only when {@link Simd#AVAILABLE}.
 */
final class VectorStencil {
    private VectorStencil() {
    }

    /** b[i] = a[i] + r·(a[i−1] + a[i+1] + a[i−w] + a[i+w] − 4·a[i]) for i in [from, to]; all five indices must exist */
    static void fivePoint(float[] a, float[] b, int from, int to, int w, float r) {
        Lanes.fivePoint(a, b, from, to, w, r);
    }

    /** runs the lanes on made-up fields of several lengths until the JIT has compiled them */
    static void warmUp() {
        int w = 100;
        float[] a = new float[w * w], b = new float[w * w];
        for (int i = 0; i < a.length; i++) a[i] = (i * 37 % 101) * 0.5f;
        for (int k = 0; k < 6000; k++) fivePoint(a, b, w + k % 13, (w - 1) * w - 1 - k % 7, w, 0.2f);
    }

    /** the scalar loop the lanes must equal, bit for bit */
    static void fivePointScalar(float[] a, float[] b, int from, int to, int w, float r) {
        for (int i = from; i <= to; i++) {
            float c = a[i];
            b[i] = c + r * (a[i - 1] + a[i + 1] + a[i - w] + a[i + w] - 4 * c);
        }
    }

    /** holds the vector types, so that nothing of the module is resolved unless it is used */
    private static final class Lanes {
        // 8 lanes where the machine has them: measured a little faster than 16 on an AVX-512 host
        private static final VectorSpecies<Float> SPECIES =
                FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 256 ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;

        static void fivePoint(float[] a, float[] b, int from, int to, int w, float r) {
            int n = SPECIES.length();
            int i = from;
            // constants broadcast once: a scalar operand inside the loop defeated the intrinsics
            // (JFR showed the lanes boxed into objects)
            FloatVector four = FloatVector.broadcast(SPECIES, 4f), rate = FloatVector.broadcast(SPECIES, r);
            for (int last = to - n + 1; i <= last; i += n) {
                FloatVector c = FloatVector.fromArray(SPECIES, a, i);
                FloatVector sum = FloatVector.fromArray(SPECIES, a, i - 1)
                        .add(FloatVector.fromArray(SPECIES, a, i + 1))
                        .add(FloatVector.fromArray(SPECIES, a, i - w))
                        .add(FloatVector.fromArray(SPECIES, a, i + w))
                        .sub(c.mul(four));
                c.add(sum.mul(rate)).intoArray(b, i);
            }
            fivePointScalar(a, b, i, to, w, r);
        }
    }
}
