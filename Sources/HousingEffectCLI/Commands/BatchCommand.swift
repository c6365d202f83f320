import Dispatch
import HousingEffect
import HousingEffectReports

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `housing-effect batch`: many establishments in, one row each out, with the totals per
/// municipality and per policy region.
struct BatchCommand: Command {
  static let inputs = PositionalDescriptor.variadic(
    "INPUT",
    help: "A CSV file with one establishment per row (see Docs/batch-format.md), or "
      + "establishment files (JSON) and folders of them.",
    nl: "Een CSV-bestand met één vestiging per rij (zie Docs/batch-format.md), of "
      + "vestigingsbestanden (JSON) en mappen daarvan.")
  static let skipInvalid = OptionDescriptor.flag(
    "skip-invalid",
    help: "Write the valid rows and list the skipped ones, instead of writing nothing when a "
      + "row is invalid.",
    nl: "Schrijf de geldige rijen en noem de overgeslagen rijen, in plaats van niets te "
      + "schrijven wanneer een rij ongeldig is.")
  static let totals = OptionDescriptor.flag(
    "totals",
    help: "With --format csv: only the totals, one line per municipality and region, instead "
      + "of the rows followed by the totals.",
    nl: "Met --format csv: alleen de totalen, één regel per gemeente en regio, in plaats van "
      + "de rijen gevolgd door de totalen.")
  static let sort = OptionDescriptor.option(
    "sort", value: "KEY",
    help: "Order the rows, highest first (ties in input order): shortfall (beds short per 100 "
      + "jobs), migrants (labour migrants per job), rating (scorecard: most negative, then most "
      + "attention ratings), facilities (the heavier of GP and primary-school pressure), "
      + "newcomers (per 1,000 inhabitants). The totals keep their order; the rows are kept in "
      + "memory.",
    nl: "Orden de rijen, hoogste eerst (bij gelijke stand in invoervolgorde): shortfall "
      + "(tekort aan bedden per 100 banen), migrants (arbeidsmigranten per baan), rating "
      + "(scorekaart: de meeste negatieve, dan de meeste aandachtsoordelen), facilities (de "
      + "zwaarste van de druk op huisarts en basisschool), newcomers (per 1.000 inwoners). De "
      + "totalen houden hun volgorde; de rijen blijven in het geheugen.",
    allowed: BatchSortKey.allCases.map(\.rawValue))

  static let descriptor = CommandDescriptor(
    name: "batch",
    abstract: "Many establishments in, one row of results each out, with totals per municipality.",
    discussion: """
      Assesses every row of a CSV file as one establishment (the quick-estimate fields plus the \
      common optional inputs) and writes one row of key indicators for each, in the same order, \
      with the cumulative need per municipality and per policy region. Every invalid row is \
      reported with its line and column; by default nothing is written when a row is invalid \
      (exit 65).
      """,
    dutchAbstract: "Veel vestigingen erin, per vestiging één rij uitkomsten eruit, met totalen "
      + "per gemeente.",
    dutchDiscussion: """
      Rekent elke rij van een CSV-bestand door als één vestiging (de velden van de snelle \
      schatting plus de gangbare optionele invoer) en schrijft voor elke rij één regel met \
      kernindicatoren, in dezelfde volgorde, met de opgetelde behoefte per gemeente en per \
      beleidsregio. Elke ongeldige rij wordt gemeld met haar regel en kolom; standaard wordt \
      niets geschreven wanneer een rij ongeldig is (afsluitstatus 65).
      """,
    options: [
      skipInvalid, totals, sort, InputFiles.regionFile, EnsembleArguments.batchDraws,
      EnsembleArguments.seed, EnsembleArguments.threads,
    ] + RunBudget.descriptors,
    positionals: [inputs],
    available: true)

  /// One CSV file, or establishment files and folders.
  var inputs: [String]
  var skipInvalid: Bool
  var totals: Bool
  /// `--sort`: the rows' order; `nil` keeps the input order.
  var sort: BatchSortKey?
  var regionFile: String?
  /// Draws per row (0: point values only), seed, and worker threads for the rows; the output
  /// never depends on the number of threads.
  var ensemble: EnsembleOptions
  /// `--allow-long-run` and `--progress`.
  var budget: RunBudget

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    inputs = parsed.values(Self.inputs)
    skipInvalid = parsed.isSet(Self.skipInvalid)
    totals = parsed.isSet(Self.totals)
    sort = parsed.value(Self.sort).flatMap(BatchSortKey.init(rawValue:))
    regionFile = parsed.value(InputFiles.regionFile)
    ensemble = try EnsembleArguments.options(parsed, defaultDraws: 0)
    budget = RunBudget(parsed)
  }

  /// Pipeline runs (rows × (1 + draws)) from which a run counts as long enough to show
  /// progress: about a second.
  static let progressRows = 20_000

  /// Skipped rows named in the summary warning; the rest are counted.
  static let listedSkips = 10

  var inputPaths: [String] { inputs + [regionFile].compactMap { $0 } }

  /// Whether `path` is a folder.
  static func isFolder(_ path: String) -> Bool {
    FilePath.isDirectory(path) == true
  }

  /// Where the rows come from: a batch CSV read in chunks, or establishment files read whole
  /// (a list typed on the command line is short).
  enum Source {
    case csv(BatchReader)
    case files(rows: ArraySlice<BatchRow>, diagnostics: [Diagnostic], invalid: [String])

    /// The next rows, up to `maximum`; `nil` when there are no more.
    mutating func next(_ maximum: Int) -> [BatchRow]? {
      switch self {
      case .csv(var reader):
        guard !reader.isFinished else { return nil }
        let rows = reader.next(maximum)
        self = .csv(reader)
        return rows
      case .files(let rows, let diagnostics, let invalid):
        guard !rows.isEmpty else { return nil }
        self = .files(rows: rows.dropFirst(maximum), diagnostics: diagnostics, invalid: invalid)
        return Array(rows.prefix(maximum))
      }
    }

    /// Whether an error has been found so far.
    var hasErrors: Bool {
      switch self {
      case .csv(let reader): reader.hasErrors
      case .files(_, let diagnostics, _): diagnostics.hasErrors
      }
    }

    /// The lines an unclosed quote swallowed: rows lost unread (CSV only).
    var swallowedLines: ClosedRange<Int>? {
      if case .csv(let reader) = self { return reader.swallowedLines }
      return nil
    }

    /// Every problem so far, and the invalid rows (by line) or files (by name).
    var problems: (diagnostics: [Diagnostic], invalid: [String]) {
      switch self {
      case .csv(let reader):
        let (diagnostics, lines) = reader.problems()
        return (diagnostics, lines.map { "line \($0)" })
      case .files(_, let diagnostics, let invalid): return (diagnostics, invalid)
      }
    }
  }

  /// The source read one chunk ahead, on another thread, while the chunk before it is assessed
  /// and written: the reading's file-order part (scanning, each municipality looked up) no
  /// longer waits for the assessment. Reading touches nothing the assessment or the writing
  /// does and stays in file order, so the rows and messages are the same.
  final class ReadAhead: @unchecked Sendable {
    /// The source; read it only while no chunk is being read ahead (between `finish()` and
    /// `start(_:)`).
    var source: Source
    private var pending: [BatchRow]?
    private let group = DispatchGroup()

    init(_ source: Source) {
      self.source = source
    }

    /// Starts reading the next `maximum` rows on another thread.
    func start(_ maximum: Int) {
      group.enter()
      DispatchQueue.global().async { [self] in
        pending = source.next(maximum)
        group.leave()
      }
    }

    /// The rows `start(_:)` read, once they are read; `nil` at the end of the source.
    func finish() -> [BatchRow]? {
      group.wait()
      defer { pending = nil }
      return pending
    }
  }

  /// What is kept of the rows while they are assessed: for CSV and JSON only their text, in a
  /// temporary file (memory stays flat however long the batch is); for CSV totals nothing; for
  /// the documents meant for reading (text, Markdown, HTML) the rows themselves.
  enum Sink {
    case spool(Spool, BatchStream)
    case totalsOnly
    case rows([BatchResult.Row])
  }

  func run(_ context: CommandContext) -> ExitStatus {
    let format = context.options.format
    if totals, format != .csv {
      context.error(
        Words(
          "--totals is for --format csv; the other formats always show the totals.",
          nl: "--totals is voor --format csv; de andere formaten tonen de totalen altijd."))
      return .usage
    }
    if totals, sort != nil {
      context.error(
        Words(
          "--sort orders the rows, and --totals writes none; leave out one of them (the totals "
            + "are always in the order of the region data).",
          nl: "--sort ordent de rijen, en --totals schrijft er geen; laat een van beide weg (de "
            + "totalen staan altijd in de volgorde van de regiogegevens)."))
      return .usage
    }
    let regions: RegionData
    switch InputFiles.regions(file: regionFile, context: context) {
    case .failure(let status): return status
    case .success(let data): regions = data
    }
    // One file that is not JSON is a batch CSV; anything else is a list of establishment files
    // and folders of them.
    let csvPath =
      inputs.count == 1 && !inputs[0].hasSuffix(".json") && !Self.isFolder(inputs[0])
      ? inputs[0] : nil
    var source: Source
    /// Rows to expect, for the progress line: the CSV's line breaks less the header.
    let expected: Int
    if let csv = csvPath {
      let text: String
      switch InputFiles.read(csv, context: context) {
      case .failure(let status): return status
      case .success(let bytes):
        expected = max(0, bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } - 1)
        text = String(decoding: bytes, as: UTF8.self)
      }
      var reader = BatchReader(text: text, fileName: csv, regions: regions)
      reader.threads = ensemble.threads
      source = .csv(reader)
    } else {
      let (rows, diagnostics, invalid) = Self.loadFiles(inputs, regions: regions)
      expected = rows.count
      source = .files(rows: rows[...], diagnostics: diagnostics, invalid: invalid)
    }
    let stream = BatchStream(language: context.options.language, ranged: ensemble.draws > 0)
    var sink: Sink
    switch format {
    case .csv where totals: sink = .totalsOnly
    // Sorted rows are known only at the end: kept, like those of the reading formats.
    case _ where sort != nil: sink = .rows([])
    case .csv, .json:
      do {
        sink = .spool(try Spool(), stream)
      } catch {
        context.error(
          Words(
            "No temporary file could be made for the rows: \(error.reason).",
            nl: "Er kon geen tijdelijk bestand voor de rijen gemaakt worden: \(error.reason)."))
        return .failure
      }
    case .text, .markdown, .html: sink = .rows([])
    }
    let cost = RunCost.batch(rows: expected, draws: ensemble.draws, threads: ensemble.threads)
    if let refused = budget.refusal(
      cost,
      what: Words(
        "\(expected) rows with --draws \(ensemble.draws)",
        nl: "\(expected) rijen met --draws \(ensemble.draws)"), context: context)
    {
      return refused
    }
    // Progress only on a terminal (or with --progress) and only for long runs: a log or a pipe
    // never fills with it.
    let io = context.io
    let progress: ProgressLine? =
      (io.errorIsTerminal || budget.showProgress)
        && (expected * (1 + ensemble.draws) >= Self.progressRows || budget.showProgress)
      ? ProgressLine(
        label: Words(same: "batch"), counting: Words("rows", nl: "rijen"),
        terminal: io.errorIsTerminal, io: io, language: context.language)
      : nil
    var run = BatchRun(regions: regions, options: ensemble)
    var assessed = 0
    let chunkRows = BatchResult.chunkRows(draws: ensemble.draws)
    let reading = ReadAhead(source)
    var next = reading.source.next(chunkRows)
    while let chunk = next {
      // Once a row is invalid nothing will be written: the rest is read only to report every
      // problem.
      if !skipInvalid, reading.source.hasErrors {
        next = reading.source.next(chunkRows)
        continue
      }
      // The next chunk is read while this one is assessed and written.
      reading.start(chunkRows)
      defer { next = reading.finish() }
      let rows = run.assess(chunk)
      do {
        switch sink {
        case .spool(let spool, let stream):
          if format == .csv {
            try spool.append(bytes: stream.csvBytes(rows, threads: ensemble.threads))
          } else if !rows.isEmpty {
            let json = try BatchStream.jsonRows(rows)
            try spool.append(
              (assessed == 0 ? BatchStream.jsonFirstRow : BatchStream.jsonSeparator) + json)
          }
        case .totalsOnly: break
        case .rows(let kept): sink = .rows(kept + rows)
        }
      } catch let failure as AtomicFile.Failure {
        context.error(
          Words(
            "The rows could not be kept in a temporary file: \(failure.reason).",
            nl: "De rijen konden niet in een tijdelijk bestand bewaard worden: "
              + "\(failure.reason)."))
        return .failure
      } catch {
        context.error(.batchNotFinite)
        return .failure
      }
      assessed += rows.count
      progress?.show(done: assessed, total: max(expected, assessed + 1))
    }
    source = reading.source
    progress?.show(done: assessed, total: assessed)
    let (diagnostics, invalid) = source.problems
    InputFiles.report(diagnostics, context: context)
    if diagnostics.hasErrors {
      // A CSV has invalid rows; a list of establishment files has invalid files.
      let unit = csvPath == nil ? Words("file", nl: "bestand") : Words("row", nl: "rij")
      let plural = csvPath == nil ? Words("files", nl: "bestanden") : Words("rows", nl: "rijen")
      let units = invalid.count == 1 ? unit : plural
      // "line 3" in the list of skipped rows is "regel 3" in Dutch.
      let invalidNl = invalid.map { $0.hasPrefix("line ") ? "regel " + $0.dropFirst(5) : $0 }
      // Rows swallowed by an unclosed quote were never read: skipping cannot account for them,
      // so the file is in error even with --skip-invalid (issue 22).
      let swallowed = source.swallowedLines
      guard skipInvalid, assessed > 0, swallowed == nil else {
        let advice: Words
        if let swallowed {
          let (from, to, count) = (swallowed.lowerBound, swallowed.upperBound, swallowed.count)
          advice = Words(
            "A quoted field opened on line \(from) is never closed: lines \(from)–\(to) "
              + "(\(count) lines) were read into it instead of as rows. Close the quote, or "
              + "double a quote inside a field (\"\").",
            nl: "Een veld tussen aanhalingstekens dat op regel \(from) opent, wordt nooit "
              + "gesloten: regels \(from)–\(to) (\(count) regels) zijn erin gelezen in plaats "
              + "van als rijen. Sluit het aanhalingsteken, of verdubbel een aanhalingsteken "
              + "binnen een veld (\"\").")
        } else if skipInvalid {
          // The flag was given: every row is invalid, so there was nothing to write.
          advice = Words(
            "Every \(unit.en) is invalid; fix them (each problem is listed above).",
            nl: csvPath == nil
              ? "Elk bestand is ongeldig; verbeter ze (elk probleem staat hierboven)."
              : "Elke rij is ongeldig; verbeter ze (elk probleem staat hierboven).")
        } else {
          advice = Words(
            "Fix them, or run with --skip-invalid to write the valid \(unit.en)s.",
            nl: "Verbeter ze, of reken met --skip-invalid om de geldige \(plural.nl) te "
              + "schrijven.")
        }
        let files = inputs.joined(separator: "', '")
        context.error(
          Words(
            "\(invalid.count) invalid \(units.en) in '\(files)'; nothing was written. ",
            nl: "\(invalid.count) ongeldige \(units.nl) in '\(files)'; er is niets geschreven. ")
            + advice)
        return diagnostics.contains { $0.code == .fileNotFound } ? .noInput : .dataError
      }
      // A long list is cut: every skipped row has its own message above.
      let listed = { (names: [String]) in names.prefix(Self.listedSkips).joined(separator: ", ") }
      let rest = invalid.count - Self.listedSkips
      let more =
        rest > 0
        ? Words(
          ", and \(rest) more; each is listed above with its problem",
          nl: ", en nog \(rest); elk staat hierboven met zijn probleem")
        : Words(same: "")
      context.warning(
        Words(
          "skipped \(invalid.count) invalid \(units.en) (" + listed(invalid),
          nl: "\(invalid.count) ongeldige \(units.nl) overgeslagen (" + listed(invalidNl))
          + more + Words(same: ")."))
    }
    let (municipalities, regionTotals, balance) = run.totals()
    switch sink {
    case .spool(let spool, let stream):
      if format == .csv {
        let totals = BatchResult(
          rows: [], municipalities: municipalities, regions: regionTotals, balance: balance)
        return context.write(
          pieces: ReportPieces(
            head: stream.csvHead, middle: spool, tail: stream.csvTotals(totals)))
      }
      do {
        let head = try BatchStream.jsonHead(
          BatchResult(
            rows: [], municipalities: municipalities, regions: regionTotals, balance: balance))
        return context.write(
          pieces: ReportPieces(
            head: head, middle: spool, tail: BatchStream.jsonTail(empty: assessed == 0)))
      } catch {
        context.error(.batchNotFinite)
        return .failure
      }
    case .totalsOnly, .rows:
      var kept: [BatchResult.Row] = []
      if case .rows(let rows) = sink { kept = rows }
      if let sort { kept = sort.sorted(kept) }
      var report = BatchReport(
        BatchResult(
          rows: kept, municipalities: municipalities, regions: regionTotals, balance: balance),
        language: context.options.language)
      report.sortedBy = sort
      switch format {
      case .csv: return context.write(report.csv(totals: totals))
      case .json:
        do {
          return context.write(try report.json())
        } catch {
          context.error(.batchNotFinite)
          return .failure
        }
      case .text: return context.write(report.text())
      case .markdown: return context.write(report.markdown())
      default: return context.write(report.html())
      }
    }
  }

  /// Every establishment file of `paths`, a folder standing for its `*.json` files sorted by
  /// name (studies left out); a row's line is its position in that order.
  static func loadFiles(
    _ paths: [String], regions: RegionData
  ) -> ([BatchRow], [Diagnostic], [String]) {
    let files = paths.flatMap { path -> [String] in
      guard isFolder(path) else { return [path] }
      return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()
        .map { FilePath.joined(path, $0) }
    }
    var rows: [BatchRow] = []
    var diagnostics: [Diagnostic] = []
    var invalid: [String] = []
    for path in files {
      let name = FilePath.split(path).name
      guard case .success(let bytes) = InputFiles.contents(of: path) else {
        let missing = !FileManager.default.fileExists(atPath: path)
        diagnostics.append(
          Diagnostic(
            .error, missing ? .fileNotFound : .unreadableFile, at: "",
            missing ? "There is no such file; check the path." : "The file cannot be read."
          ).inFile(path))
        invalid.append(name)
        continue
      }
      if InputFiles.isStudy(bytes) || ProjectionStudyLoader.isProjectionStudy(bytes) { continue }
      let (establishment, found) = EstablishmentLoader.load(
        bytes, file: path, municipality: InputFiles.municipalityCheck(regions))
      diagnostics += found
      if let establishment, !found.hasErrors {
        rows.append(BatchRow(line: rows.count + invalid.count + 1, establishment: establishment))
      } else {
        invalid.append(name)
      }
    }
    return (rows, diagnostics, invalid)
  }
}
