/// A user's replacement for a catalogue value, with the reason given for it.
public struct ParameterOverride: Sendable, Hashable, Codable {
  public var id: ParameterID
  public var value: Double
  public var reason: String?

  public init(_ id: ParameterID, value: Double, reason: String? = nil) {
    self.id = id
    self.value = value
    self.reason = reason
  }
}
