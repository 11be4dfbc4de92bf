package io.jcompose.bench;

/** Prints a generated Compose file: {@code GenerateComposeFile SERVICES [SEED]}; used by the whole-process scripts. */
public final class GenerateComposeFile {

    private GenerateComposeFile() {
    }

    public static void main(String[] args) {
        int services = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        System.out.print(ComposeFiles.generate(services, seed));
    }
}
