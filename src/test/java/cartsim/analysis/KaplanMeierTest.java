package cartsim.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KaplanMeierTest {
    @Test
    void handComputedWithCensoring() {
        // subjects: 1 event, 2 event, 2 censored, 3 event, 4 censored, 5 event
        // t=1: n=6, d=1  S = 5/6 = 0.833333            Greenwood Σ = 1/(6·5) = 0.033333
        // t=2: n=5, d=1, c=1  S = 0.833333·4/5 = 0.666667   Σ += 1/(5·4) → 0.083333
        // t=3: n=3, d=1  S = 0.666667·2/3 = 0.444444   Σ += 1/(3·2) → 0.25
        // t=4: n=2, c=1  S unchanged
        // t=5: n=1, d=1  S = 0
        // CI at t=2: SE = 0.666667·√0.083333 = 0.192450, z·SE = 0.377195 ⇒ (0.289472, 1 [1.043862 clipped])
        // CI at t=3: SE = 0.444444·√0.25 = 0.222222,   z·SE = 0.435548 ⇒ (0.008896, 0.879992)
        KaplanMeier km = KaplanMeier.fit(new double[]{1, 2, 2, 3, 4, 5},
                new boolean[]{true, true, false, true, false, true}, 0.95);
        List<KaplanMeier.Step> s = km.steps();
        assertEquals(5, s.size());
        assertStep(s.get(0), 1, 6, 1, 0, 0.833333);
        assertStep(s.get(1), 2, 5, 1, 1, 0.666667);
        assertStep(s.get(2), 3, 3, 1, 0, 0.444444);
        assertStep(s.get(3), 4, 2, 0, 1, 0.444444);
        assertStep(s.get(4), 5, 1, 1, 0, 0);
        assertEquals(0.289472, s.get(1).ciLow(), 1e-5);
        assertEquals(1, s.get(1).ciHigh(), 1e-12);
        assertEquals(0.008896, s.get(2).ciLow(), 1e-5);
        assertEquals(0.879992, s.get(2).ciHigh(), 1e-5);
        assertEquals(0.666667, km.at(2.5).estimate(), 1e-5);
        assertEquals(1, km.at(0.5).estimate());
        assertTrue(Double.isNaN(km.at(6).estimate()), "beyond the last observation the curve says nothing");
    }

    @Test
    void logLogBandHandComputed() {
        // same data; θ = log(−log S), SE(θ) = √V / |log S|, bounds S^exp(±z·SE(θ)):
        // t=2: S = 2/3, log S = −0.405465, V = 0.083333, SE(θ) = 0.288675/0.405465 = 0.711960,
        //      z·SE = 1.395414 ⇒ low = (2/3)^4.036855 = 0.194617, high = (2/3)^0.247718 = 0.904434
        // t=3: S = 4/9, log S = −0.810930, V = 0.25, SE(θ) = 0.5/0.810930 = 0.616576,
        //      z·SE = 1.208466 ⇒ low = (4/9)^3.348281 = 0.066187, high = (4/9)^0.298661 = 0.784908
        KaplanMeier km = KaplanMeier.fit(new double[]{1, 2, 2, 3, 4, 5},
                new boolean[]{true, true, false, true, false, true}, 0.95);
        List<KaplanMeier.Step> s = km.steps();
        assertEquals(0.194617, s.get(1).logLogLow(), 1e-5);
        assertEquals(0.904434, s.get(1).logLogHigh(), 1e-5);
        assertEquals(0.066187, s.get(2).logLogLow(), 1e-5);
        assertEquals(0.784908, s.get(2).logLogHigh(), 1e-5);
        // the band stays strictly inside (0, 1) where the linear one is clipped to 1 at t=2
        assertTrue(s.get(1).logLogHigh() < 1 && s.get(1).ciHigh() == 1);
        // S = 0 after the last event: log(−log S) is undefined, as in R (NA)
        assertTrue(Double.isNaN(s.get(4).logLogLow()) && Double.isNaN(s.get(4).logLogHigh()));
        Interval at = km.at(3.5, KaplanMeier.Band.LOG_LOG);
        assertEquals(0.444444, at.estimate(), 1e-5);
        assertEquals(0.066187, at.low(), 1e-5);
        assertEquals(km.at(3.5).low(), km.at(3.5, KaplanMeier.Band.LINEAR).low());
        assertTrue(Double.isNaN(km.at(0.5, KaplanMeier.Band.LOG_LOG).low()), "S = 1 before the first event");
    }

    private static void assertStep(KaplanMeier.Step st, double t, int atRisk, int events, int censored, double s) {
        assertEquals(t, st.time());
        assertEquals(atRisk, st.atRisk());
        assertEquals(events, st.events());
        assertEquals(censored, st.censored());
        assertEquals(s, st.survival(), 1e-6);
    }
}
