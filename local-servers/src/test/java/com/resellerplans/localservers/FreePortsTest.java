package com.resellerplans.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void noPortIsHandedOutTwiceThoughEachIsReleasedAtOnce() {
        // 1,500 random picks among 12,000 ports would repeat one about a hundred times without the memory
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            ports.add(FreePorts.findBelowEphemeralRange());
            ports.add(FreePorts.find());
        }

        assertThat(ports).doesNotHaveDuplicates();
    }
}
