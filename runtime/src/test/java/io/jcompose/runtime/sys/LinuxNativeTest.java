package io.jcompose.runtime.sys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinuxNativeTest {

    @Test
    void makedevSplitsMajorAndMinorAsGlibcDoes() {
        assertThat(LinuxNative.makedev(0, 0)).isZero();
        assertThat(LinuxNative.makedev(1, 3)).isEqualTo(0x103L);
        assertThat(LinuxNative.makedev(8, 17)).isEqualTo(0x811L);
        assertThat(LinuxNative.makedev(259, 0x12345)).isEqualTo(0x1231_0345L);
    }
}
