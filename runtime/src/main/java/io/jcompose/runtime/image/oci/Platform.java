package io.jcompose.runtime.image.oci;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** An OS/architecture pair from an image index, used to pick the host's image. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Platform(
        @JsonProperty("architecture") String architecture,
        @JsonProperty("os") String os,
        @JsonProperty("variant") String variant) {

    /** The platform of this machine in OCI words ({@code amd64}, {@code arm64}...). */
    public static Platform host() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String oci = switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            default -> arch;
        };
        return new Platform(oci, "linux", oci.equals("arm64") ? "v8" : null);
    }

    /** Whether an index entry for {@code other} can run here (variant ignored when either side lacks one). */
    public boolean accepts(Platform other) {
        if (other == null) {
            return false;
        }
        boolean variantOk = variant == null || other.variant() == null || variant.equals(other.variant());
        return os.equals(other.os()) && architecture.equals(other.architecture()) && variantOk;
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant == null ? "" : "/" + variant);
    }
}
