/// A JSON value together with where it starts in the source.
///
/// Lines and columns are 1-based. Columns count characters (Unicode scalars), not bytes, so
/// they match what a text editor shows for Dutch text with accents; a tab counts as one.
public struct JSONNode: Sendable, Hashable {
  /// The parsed value.
  public var value: JSONValue
  /// The 1-based line the value starts on.
  public var line: Int
  /// The 1-based column the value starts at, in characters.
  public var column: Int

  /// A node; the position defaults to the start of the document, for values built in code.
  public init(_ value: JSONValue, line: Int = 1, column: Int = 1) {
    self.value = value
    self.line = line
    self.column = column
  }

  /// The kind of value, as named in messages; see `JSONValue.typeName`.
  public var typeName: String { value.typeName }
}
