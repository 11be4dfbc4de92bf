package io.jcompose.engine.api.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A container's endpoint on one network: what is asked at create, and what is assigned in an inspect. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EndpointSettingsJson(
        @JsonProperty("IPAMConfig") IpamConfig ipamConfig,
        @JsonProperty("Links") List<String> links,
        @JsonProperty("Aliases") List<String> aliases,
        @JsonProperty("MacAddress") String macAddress,
        @JsonProperty("DriverOpts") Map<String, String> driverOpts,
        @JsonProperty("NetworkID") String networkId,
        @JsonProperty("EndpointID") String endpointId,
        @JsonProperty("Gateway") String gateway,
        @JsonProperty("IPAddress") String ipAddress,
        @JsonProperty("IPPrefixLen") Integer ipPrefixLen,
        @JsonProperty("IPv6Gateway") String ipv6Gateway,
        @JsonProperty("GlobalIPv6Address") String globalIpv6Address,
        @JsonProperty("GlobalIPv6PrefixLen") Integer globalIpv6PrefixLen,
        @JsonProperty("DNSNames") List<String> dnsNames) {

    /** Static addresses asked for this endpoint. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IpamConfig(@JsonProperty("IPv4Address") String ipv4Address,
            @JsonProperty("IPv6Address") String ipv6Address) {
    }
}
