package io.jcompose.model.project;

/** Maps top-level networks, volumes, secrets and configs. */
final class ResourceMapper {

    private ResourceMapper() {
    }

    static Network network(Fields f) {
        Fields ipam = f.sub("ipam");
        Ipam mapped = ipam == null ? null : new Ipam(ipam.str("driver"),
                ipam.list("config", (p, n) -> new Ipam.Pool(p.str("subnet"), p.str("gateway"), p.str("ip_range"),
                        p.stringMap("aux_addresses"))),
                ipam.stringMap("options"));
        return new Network(f.str("name"), f.str("driver"), f.stringMap("driver_opts"), f.bool("external"),
                f.bool("internal"), f.bool("attachable"), f.stringMap("labels"), f.boolOrNull("enable_ipv4"),
                f.boolOrNull("enable_ipv6"), mapped);
    }

    static Volume volume(Fields f) {
        return new Volume(f.str("name"), f.str("driver"), f.stringMap("driver_opts"), f.bool("external"),
                f.stringMap("labels"));
    }

    static FileObject fileObject(Fields f) {
        return new FileObject(f.str("name"), f.str("file"), f.str("environment"), f.str("content"),
                f.bool("external"), f.stringMap("labels"));
    }
}
