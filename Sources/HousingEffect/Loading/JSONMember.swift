/// One `"key": value` pair of a JSON object, with the location of the key.
public struct JSONMember: Sendable, Hashable {
  /// The key, unescaped.
  public var key: String
  /// Where the key's opening quote is.
  public var line: Int
  /// The 1-based column of the key's opening quote, in characters.
  public var column: Int
  /// The member's value, with its own position.
  public var value: JSONNode

  /// A member; the position defaults to the start of the document, for values built in code.
  public init(key: String, line: Int = 1, column: Int = 1, value: JSONNode) {
    self.key = key
    self.line = line
    self.column = column
    self.value = value
  }
}
