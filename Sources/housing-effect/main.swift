import HousingEffectCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#else
  import Darwin
#endif

exit(CLI.run(arguments: Array(CommandLine.arguments.dropFirst())))
