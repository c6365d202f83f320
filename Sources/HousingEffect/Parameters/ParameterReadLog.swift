/// The parameters a run read, for checking that its trace names every one of them.
///
/// A reference shared by the copies of one ``ParameterSet`` (the stages receive copies). It is
/// written without a lock: give each run its own log, from ``ParameterSet/recordingReads()``,
/// and read it when that run is done.
public final class ParameterReadLog: @unchecked Sendable {
  /// The ids read so far.
  public internal(set) var ids: Set<ParameterID> = []

  /// An empty log.
  public init() {}
}
