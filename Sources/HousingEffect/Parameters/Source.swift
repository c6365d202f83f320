/// A published source a value is taken from.
public struct Source: Sendable, Hashable, Codable {
  /// The title as published, in its own language.
  public var title: String
  /// The organisation that published it, such as CBS or the Provincie Limburg.
  public var publisher: String
  /// The year of publication; 0 when the source shows no date.
  public var year: Int
  /// Where it can be read; `nil` for a source that is not online.
  public var url: String?
  /// Table, page or section within the source.
  public var locator: String?

  /// A source; `locator` names the table, page or section the value is on.
  public init(
    title: String, publisher: String, year: Int, url: String? = nil, locator: String? = nil
  ) {
    self.title = title
    self.publisher = publisher
    self.year = year
    self.url = url
    self.locator = locator
  }

  /// One line for reports: `Publisher (year), Title, locator. URL`.
  public var citation: String {
    var text = "\(publisher) (\(year)), \(title)"
    if let locator { text += ", \(locator)" }
    if let url { text += ". \(url)" }
    return text
  }
}
