/// Entry point of the command-line tool, testable in-process.
public enum CLI {
  public static func run(arguments: [String]) -> Int32 { 0 }
}
