/// A published source a value is taken from.
public struct Source: Sendable, Hashable, Codable {
  public var title: String
  public var publisher: String
  public var year: Int
  public var url: String?
  /// Table, page or section within the source.
  public var locator: String?

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
