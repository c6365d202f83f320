/// The language of a report: Dutch by default, English with `--lang en`.
enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
  case nl, en
}
