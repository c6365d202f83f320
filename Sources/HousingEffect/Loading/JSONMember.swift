/// One `"key": value` pair of a JSON object, with the location of the key.
public struct JSONMember: Sendable, Hashable {
  public var key: String
  /// Where the key's opening quote is.
  public var line: Int
  public var column: Int
  public var value: JSONNode

  public init(key: String, line: Int = 1, column: Int = 1, value: JSONNode) {
    self.key = key
    self.line = line
    self.column = column
    self.value = value
  }
}
