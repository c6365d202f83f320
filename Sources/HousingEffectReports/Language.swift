/// The language a human-readable report is written in: Dutch by default, English on request.
public enum Language: String, Sendable, Hashable, CaseIterable {
  case nl, en
}
