/// The output formats every report command offers.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
  case text, markdown, csv, json, html
}
