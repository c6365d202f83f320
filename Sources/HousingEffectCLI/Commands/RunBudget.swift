import HousingEffect
import HousingEffectReports

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `--allow-long-run` and `--progress`: the memory and time budget of a run with draws (issue
/// 22, design-notes §40). The library estimates the cost (``RunCost``) and counts progress
/// (``WorkProgress``); the clock for the time left lives here.
struct RunBudget: Sendable {
  static let allowLongRun = OptionDescriptor.flag(
    "allow-long-run",
    help: "Run even when the draws and rows add up to more than "
      + "\(RunBudget.millions(RunCost.runLimit)) million pipeline runs (refused otherwise).",
    nl: "Reken ook wanneer trekkingen en rijen samen meer dan "
      + "\(RunBudget.millions(RunCost.runLimit)) miljoen modelberekeningen vragen (anders "
      + "geweigerd).")
  static let progress = OptionDescriptor.flag(
    "progress",
    help: "Show progress with the time left on standard error even when it is not a terminal.",
    nl: "Toon de voortgang met de resterende tijd op de standaardfout, ook wanneer die geen "
      + "terminal is.")

  static let descriptors = [allowLongRun, progress]

  /// Pipeline runs from which progress is shown: a few seconds of work.
  static let progressRuns = 200_000

  var allowLong: Bool
  var showProgress: Bool

  init(_ parsed: ParsedArguments) {
    allowLong = parsed.isSet(Self.allowLongRun)
    showProgress = parsed.isSet(Self.progress)
  }

  init(allowLong: Bool = false, showProgress: Bool = false) {
    self.allowLong = allowLong
    self.showProgress = showProgress
  }

  /// `nil` when the run may start; otherwise says why not on standard error and gives the
  /// usage status (exit 64): more memory than the limit, or a long run not confirmed.
  func refusal(_ cost: RunCost, what: Words, context: CommandContext) -> ExitStatus? {
    if !cost.fitsInMemory {
      let size = Self.mebibytes(cost.bytes)
      let limit = Self.mebibytes(RunCost.memoryLimit)
      context.error(
        Words(
          "\(what.en) would hold about \(size) MiB of draws, above the limit of \(limit) MiB; "
            + "use fewer --draws.",
          nl: "\(what.nl) zou ongeveer \(size) MiB aan trekkingen vasthouden, boven de grens "
            + "van \(limit) MiB; gebruik minder --draws."))
      return .usage
    }
    if cost.isLong, !allowLong {
      let runs = Self.grouped(cost.runs)
      let limit = Self.grouped(RunCost.runLimit)
      context.error(
        Words(
          "\(what.en) is about \(runs) pipeline runs, above the limit of \(limit) (roughly "
            + "ten minutes or more); use fewer --draws or rows, or confirm with --allow-long-run.",
          nl: "\(what.nl) is ongeveer \(Self.grouped(cost.runs, separator: ".")) "
            + "modelberekeningen, boven de grens van \(Self.grouped(RunCost.runLimit, separator: ".")) "
            + "(ruwweg tien minuten of meer); gebruik minder --draws of rijen, of bevestig met "
            + "--allow-long-run."))
      return .usage
    }
    return nil
  }

  /// Progress for a run of `cost`, shown on standard error when it is long enough and either
  /// standard error is a terminal or `--progress` was given; `nil` otherwise.
  func progress(_ cost: RunCost, label: Words, context: CommandContext) -> WorkProgress? {
    let io = context.io
    guard cost.runs >= Self.progressRuns || showProgress, io.errorIsTerminal || showProgress
    else { return nil }
    let terminal = io.errorIsTerminal
    let line = ProgressLine(label: label, terminal: terminal, io: io, language: context.language)
    return WorkProgress(total: cost.runs) { done, total in line.show(done: done, total: total) }
  }

  static func mebibytes(_ bytes: Int) -> String { grouped((bytes + (1 << 20) - 1) >> 20) }
  static func millions(_ count: Int) -> String { grouped(count / 1_000_000) }

  /// `count` with a comma between thousands, the form the English messages use (Dutch: a
  /// point).
  static func grouped(_ count: Int, separator: Character = ",") -> String {
    let digits = String(count)
    var out = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { out.append(separator) }
      out.append(character)
    }
    return out
  }
}

/// One progress line with the time left, estimated from the work done so far; rewritten in
/// place on a terminal, a new line at most every few seconds otherwise.
final class ProgressLine: @unchecked Sendable {
  let label: Words
  /// What is counted ("rows"): the line shows "done of total rows" instead of a percentage.
  var counting: Words?
  let terminal: Bool
  let io: any CommandIO
  /// The language of the line: the report language.
  let language: Language
  let start = Date()
  var lastShown: Date?
  var finished = false

  init(
    label: Words, counting: Words? = nil, terminal: Bool, io: any CommandIO, language: Language
  ) {
    self.label = label
    self.counting = counting
    self.terminal = terminal
    self.io = io
    self.language = language
  }

  func show(done: Int, total: Int) {
    guard !finished else { return }
    let now = Date()
    let complete = done >= total
    if !complete, let lastShown, now.timeIntervalSince(lastShown) < (terminal ? 0.2 : 5) {
      return
    }
    lastShown = now
    let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
    let elapsed = now.timeIntervalSince(start)
    let nl = language == .nl
    let left = { (seconds: Double) in
      nl ? ", nog ongeveer \(Self.duration(seconds))" : ", about \(Self.duration(seconds)) left"
    }
    var text = "housing-effect: \(label(language)): \(Int((fraction * 100).rounded(.down))) %"
    if let counting {
      text =
        "housing-effect: \(label(language)): \(done) \(nl ? "van" : "of") \(max(done, total)) "
        + counting(language)
      if complete {
        finished = true
      } else if fraction > 0, elapsed > 0 {
        text += left(elapsed / fraction - elapsed)
      }
    } else if complete {
      text += " (\(Self.duration(elapsed)))"
      finished = true
    } else if fraction > 0, elapsed > 0 {
      text += left(elapsed / fraction - elapsed)
    }
    // On a terminal the line is rewritten in place (cleared first: it may get shorter).
    io.err(terminal ? "\r\u{1B}[K" + text + (complete ? "\n" : "") : text + "\n")
  }

  /// `seconds` as "1 h 02 min", "3 min 20 s" or "12 s".
  static func duration(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    if whole >= 3600 {
      return "\(whole / 3600) h \(twoDigits((whole % 3600) / 60)) min"
    }
    if whole >= 60 { return "\(whole / 60) min \(twoDigits(whole % 60)) s" }
    return "\(whole) s"
  }

  /// 0 to 59 written with two digits: "07".
  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
