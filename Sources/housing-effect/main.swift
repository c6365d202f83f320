#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import HousingEffectCLI

exit(CLI.run(arguments: Array(CommandLine.arguments.dropFirst())))
