package cartsim.chart;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parameters a sweep varies together are one chart factor; independent or LHS ones are not. */
class LinkedParametersTest {
    static CsvTable table(String rows) throws Exception {
        return CsvTable.parse("summary.csv", "point,a,b,c,endpoint,kind,n,mean,sd,ci_low,ci_high\n" + rows);
    }

    @Test
    void linkedColumnsMerge() throws Exception {
        CsvTable t = table("""
                0,x,single,1,cr,rate,1,1,,0,1
                1,x,single,2,cr,rate,1,1,,0,1
                2,y,OR,1,cr,rate,1,1,,0,1
                3,y,OR,2,cr,rate,1,1,,0,1
                """);
        CsvTable m = SweepResults.mergeLinkedParameters(t);
        assertEquals(List.of("a + b", "c"), SweepResults.variedParameters(m));
        assertEquals("y · OR", m.text("a + b")[2]);
    }

    @Test
    void gridAndLatinHypercubeColumnsStaySeparate() throws Exception {
        CsvTable grid = table("""
                0,1,5,9,cr,rate,1,1,,0,1
                1,1,6,9,cr,rate,1,1,,0,1
                2,2,5,9,cr,rate,1,1,,0,1
                3,2,6,9,cr,rate,1,1,,0,1
                """);
        assertEquals(List.of("a", "b", "c"), SweepResults.variedParameters(SweepResults.mergeLinkedParameters(grid)));
        CsvTable lhs = table("""
                0,0.1,7,3,cr,rate,1,1,,0,1
                1,0.5,2,8,cr,rate,1,1,,0,1
                2,0.9,4,1,cr,rate,1,1,,0,1
                """);
        assertEquals(List.of("a", "b", "c"), SweepResults.variedParameters(SweepResults.mergeLinkedParameters(lhs)));
    }
}
