import Foundation
import Testing

@testable import HousingEffectCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A way of naming an input file again as the output.
struct AliasCase: CustomTestStringConvertible, Sendable {
  var testDescription: String
  /// The output path, relative to the working directory, after `prepare` ran.
  var output: String
  /// Creates whatever the alias needs in the working directory, which holds `in.json`.
  var prepare: @Sendable (URL) throws -> Void = { _ in }
}

/// A destination that cannot be written, with the expected message.
struct UnwritableCase: CustomTestStringConvertible, Sendable {
  var testDescription: String
  var output: String
  var prepare: @Sendable (URL) throws -> Void = { _ in }
  var error: OutputError
  var message: String
}

@Suite("CLI output writer")
struct OutputWriterTests {
  private func writer(
    _ path: String?, in directory: URL, inputs: [String] = [], io: CapturingIO = CapturingIO(),
    rename: @escaping AtomicFile.Rename = AtomicFile.systemRename
  ) -> OutputWriter {
    OutputWriter(
      path: path, protectedInputs: inputs, io: io, workingDirectory: directory.path,
      rename: rename)
  }

  @Test("without --output the report goes to stdout")
  func standardOutput() throws {
    try withTemporaryDirectory { directory in
      let io = CapturingIO()
      try writer(nil, in: directory, io: io).write("rapport\n")
      #expect(io.output == "rapport\n")
      #expect(io.errorOutput.isEmpty)
      #expect(try contents(of: directory).isEmpty)
    }
  }

  @Test("a report given as bytes reaches stdout and a file as its text does")
  func bytesAsText() throws {
    try withTemporaryDirectory { directory in
      let report = String(repeating: "regel met ü en € \n", count: 1_000)
      let io = CapturingIO()
      try Array(report.utf8).withUnsafeBufferPointer {
        try writer(nil, in: directory, io: io).write(buffer: $0)
      }
      #expect(io.output == report)
      try Array(report.utf8).withUnsafeBufferPointer {
        try writer("bytes.txt", in: directory).write(buffer: $0)
      }
      try writer("text.txt", in: directory).write(report)
      let bytes = try Data(contentsOf: directory.appendingPathComponent("bytes.txt"))
      #expect(bytes == Data(report.utf8))
      #expect(bytes == (try Data(contentsOf: directory.appendingPathComponent("text.txt"))))
    }
  }

  @Test("a new file gets the whole report and no temporary file remains")
  func writesNewFile() throws {
    try withTemporaryDirectory { directory in
      let io = CapturingIO()
      let report = String(repeating: "regel met ü en € \n", count: 10_000)
      try writer("report.txt", in: directory, io: io).write(report)
      let written = try String(
        contentsOf: directory.appendingPathComponent("report.txt"), encoding: .utf8)
      #expect(written == report)
      #expect(io.output.isEmpty)
      #expect(try contents(of: directory) == ["report.txt"])
    }
  }

  @Test("an existing file is replaced whole, keeping its permissions")
  func replacesExistingFile() throws {
    try withTemporaryDirectory { directory in
      let url = directory.appendingPathComponent("report.txt")
      try Data(String(repeating: "old\n", count: 1000).utf8).write(to: url)
      #expect(chmod(url.path, 0o640) == 0)
      try writer("report.txt", in: directory).write("new\n")
      #expect(try String(contentsOf: url, encoding: .utf8) == "new\n")
      let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
      #expect((attributes[.posixPermissions] as? Int) == 0o640)
      #expect(try contents(of: directory) == ["report.txt"])
    }
  }

  @Test("writing through a symbolic link replaces the file it points to")
  func followsSymlink() throws {
    try withTemporaryDirectory { directory in
      let target = directory.appendingPathComponent("real.txt")
      try Data("old".utf8).write(to: target)
      try FileManager.default.createSymbolicLink(
        atPath: directory.appendingPathComponent("link.txt").path, withDestinationPath: "real.txt")
      try writer("link.txt", in: directory).write("new")
      #expect(try String(contentsOf: target, encoding: .utf8) == "new")
      let link = try FileManager.default.destinationOfSymbolicLink(
        atPath: directory.appendingPathComponent("link.txt").path)
      #expect(link == "real.txt")
    }
  }

  static let aliasCases: [AliasCase] = [
    AliasCase(testDescription: "the same relative path", output: "in.json"),
    AliasCase(testDescription: "a path with . and ..", output: "./sub/../in.json") { directory in
      try FileManager.default.createDirectory(
        at: directory.appendingPathComponent("sub"), withIntermediateDirectories: false)
    },
    AliasCase(testDescription: "a symbolic link to the input", output: "link.json") { directory in
      try FileManager.default.createSymbolicLink(
        atPath: directory.appendingPathComponent("link.json").path, withDestinationPath: "in.json")
    },
    AliasCase(testDescription: "a hard link to the input", output: "hard.json") { directory in
      try FileManager.default.linkItem(
        at: directory.appendingPathComponent("in.json"),
        to: directory.appendingPathComponent("hard.json"))
    },
    AliasCase(
      testDescription: "a path through a symbolic link to the directory",
      output: "alias/in.json"
    ) { directory in
      try FileManager.default.createSymbolicLink(
        atPath: directory.appendingPathComponent("alias").path, withDestinationPath: ".")
    },
  ]

  @Test("an input file is never overwritten", arguments: aliasCases)
  func refusesInput(_ testCase: AliasCase) throws {
    try withTemporaryDirectory { directory in
      let input = directory.appendingPathComponent("in.json")
      try Data("{\"jobs\": 1200}".utf8).write(to: input)
      try testCase.prepare(directory)
      let before = try contents(of: directory)
      let writer = writer(testCase.output, in: directory, inputs: ["in.json"])
      #expect(throws: OutputError.wouldOverwriteInput(path: testCase.output)) {
        try writer.checkDestination()
      }
      #expect(throws: OutputError.wouldOverwriteInput(path: testCase.output)) {
        try writer.write("report")
      }
      #expect(try String(contentsOf: input, encoding: .utf8) == "{\"jobs\": 1200}")
      #expect(try contents(of: directory) == before)
    }
  }

  static let unwritableCases: [UnwritableCase] = [
    UnwritableCase(
      testDescription: "a missing directory is named as typed",
      output: "out/report.txt",
      error: .directoryMissing(path: "out/report.txt", directory: "out"),
      message: "Cannot write 'out/report.txt': the directory 'out' does not exist."),
    UnwritableCase(
      testDescription: "a file where the directory should be",
      output: "out/report.txt",
      prepare: { try Data("x".utf8).write(to: $0.appendingPathComponent("out")) },
      error: .notADirectory(path: "out/report.txt", directory: "out"),
      message: "Cannot write 'out/report.txt': 'out' is not a directory."),
    UnwritableCase(
      testDescription: "an output path that is a directory",
      output: "out",
      prepare: {
        try FileManager.default.createDirectory(
          at: $0.appendingPathComponent("out"), withIntermediateDirectories: false)
      },
      error: .isADirectory(path: "out"),
      message: "Cannot write 'out': it is a directory."),
  ]

  @Test(
    "an unwritable destination gives a clear message and leaves nothing behind",
    arguments: unwritableCases)
  func unwritable(_ testCase: UnwritableCase) throws {
    try withTemporaryDirectory { directory in
      try testCase.prepare(directory)
      let before = try contents(of: directory)
      let writer = writer(testCase.output, in: directory)
      #expect(throws: testCase.error) { try writer.write("report") }
      #expect(testCase.error.description == testCase.message)
      #expect(testCase.error.exitStatus == .failure)
      #expect(try contents(of: directory) == before)
    }
  }

  @Test("a directory without write permission is reported", .enabled(if: getuid() != 0))
  func readOnlyDirectory() throws {
    try withTemporaryDirectory { directory in
      let locked = directory.appendingPathComponent("locked")
      try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
      #expect(chmod(locked.path, 0o555) == 0)
      defer { _ = chmod(locked.path, 0o755) }
      #expect(throws: OutputError.directoryNotWritable(path: "locked/r.txt", directory: "locked")) {
        try writer("locked/r.txt", in: directory).write("report")
      }
      #expect(try contents(of: locked).isEmpty)
    }
  }

  @Test("a failure after the temporary file was written removes it and keeps the old file")
  func failedRenameLeavesNothing() throws {
    try withTemporaryDirectory { directory in
      let url = directory.appendingPathComponent("report.txt")
      try Data("old report".utf8).write(to: url)
      let failingRename: AtomicFile.Rename = { from, _ in
        // The temporary file is complete at this point: prove it existed, then fail.
        FileManager.default.fileExists(atPath: from) ? EIO : ENOENT
      }
      let writer = writer("report.txt", in: directory, rename: failingRename)
      #expect(throws: OutputError.writeFailed(path: "report.txt", reason: "Input/output error")) {
        try writer.write("new report")
      }
      #expect(try String(contentsOf: url, encoding: .utf8) == "old report")
      #expect(try contents(of: directory) == ["report.txt"])
    }
  }

  @Test("temporary files are hidden, short and recognisable as this tool's")
  func temporaryName() {
    let name = AtomicFile.temporaryName()
    #expect(AtomicFile.isTemporaryName(name))
    #expect(name.hasPrefix(".housing-effect-") && name.hasSuffix(".tmp") && name.count == 32)
    #expect(!AtomicFile.isTemporaryName("report.txt"))
    #expect(!AtomicFile.isTemporaryName(".report.txt.k3j2h1.tmp"))
  }

  // MARK: Issue 10: special files, links, temporary files

  @Test("/dev/null is written to, not replaced")
  func devNull() throws {
    try withTemporaryDirectory { directory in
      try writer("/dev/null", in: directory).write("rapport\n")
      var info = stat()
      #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }
  }

  @Test("/dev/full reports a full disk and stays a device")
  func devFull() throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    try withTemporaryDirectory { directory in
      #expect(
        throws: OutputError.writeFailed(path: "/dev/full", reason: "No space left on device")
      ) {
        try writer("/dev/full", in: directory).write("rapport\n")
      }
      var info = stat()
      #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }
  }

  @Test("a FIFO with a reader gets the report; it stays a FIFO")
  func fifoWithReader() throws {
    try withTemporaryDirectory { directory in
      let fifo = directory.appendingPathComponent("pipe").path
      #expect(mkfifo(fifo, 0o600) == 0)
      let received = ReceivedBytes()
      let reader = Thread {
        let descriptor = open(fifo, O_RDONLY)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while descriptor >= 0 {
          let count = read(descriptor, &buffer, buffer.count)
          if count <= 0 { break }
          received.append(buffer[0..<count])
        }
        if descriptor >= 0 { close(descriptor) }
        received.finish()
      }
      reader.start()
      // Wait until the reader has the FIFO open, then write.
      var written = false
      for _ in 0..<200 where !written {
        do {
          try writer("pipe", in: directory).write(String(repeating: "regel\n", count: 20_000))
          written = true
        } catch OutputError.noReader {
          usleep(10_000)
        }
      }
      #expect(written)
      #expect(received.wait() == 120_000)
      var info = stat()
      #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
      #expect(try contents(of: directory) == ["pipe"])
    }
  }

  @Test("a FIFO without a reader is refused at once instead of waiting")
  func fifoWithoutReader() throws {
    try withTemporaryDirectory { directory in
      let fifo = directory.appendingPathComponent("pipe").path
      #expect(mkfifo(fifo, 0o600) == 0)
      #expect(throws: OutputError.noReader(path: "pipe")) {
        try writer("pipe", in: directory).write("rapport\n")
      }
      let names = try contents(of: directory)
      #expect(names == ["pipe"])
    }
  }

  @Test("a dangling or looping symbolic link is refused and left as it is")
  func brokenLinks() throws {
    try withTemporaryDirectory { directory in
      #expect(symlink("missing.txt", directory.appendingPathComponent("dangling").path) == 0)
      #expect(symlink("loop", directory.appendingPathComponent("loop").path) == 0)
      #expect(throws: OutputError.brokenLink(path: "dangling", loops: false)) {
        try writer("dangling", in: directory).write("rapport\n")
      }
      #expect(throws: OutputError.brokenLink(path: "loop", loops: true)) {
        try writer("loop", in: directory).write("rapport\n")
      }
      #expect(try contents(of: directory) == ["dangling", "loop"])
      let link = try FileManager.default.destinationOfSymbolicLink(
        atPath: directory.appendingPathComponent("dangling").path)
      #expect(link == "missing.txt")
    }
  }

  @Test("a 255-character output name works: the temporary name is short")
  func longName() throws {
    try withTemporaryDirectory { directory in
      for length in [250, 255] {
        let name = String(repeating: "r", count: length - 4) + ".txt"
        try writer(name, in: directory).write("rapport\n")
        #expect(
          try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            == "rapport\n")
      }
      #expect(try contents(of: directory).count == 2)
    }
  }

  @Test("the named temporary file (where there are no unnamed ones) leaves nothing behind")
  func namedTemporaryFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("report.txt").path
      try AtomicFile.replace(
        path, in: directory.path, unnamed: false, rename: AtomicFile.systemRename
      ) { descriptor throws(AtomicFile.Failure) in
        try AtomicFile.writeAll(Array("rapport\n".utf8), to: descriptor)
      }
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "rapport\n")
      #expect(try contents(of: directory) == ["report.txt"])
    }
  }

  @Test("stale temporary files of this tool are removed; fresh ones and others are kept")
  func staleTemporaryFiles() throws {
    try withTemporaryDirectory { directory in
      let stale = AtomicFile.temporaryName()
      let fresh = AtomicFile.temporaryName()
      for name in [stale, fresh, ".other.tmp"] {
        try Data("x".utf8).write(to: directory.appendingPathComponent(name))
      }
      let old = Date(timeIntervalSinceNow: -3600)
      try FileManager.default.setAttributes(
        [.modificationDate: old], ofItemAtPath: directory.appendingPathComponent(stale).path)
      try FileManager.default.setAttributes(
        [.modificationDate: old], ofItemAtPath: directory.appendingPathComponent(".other.tmp").path)
      try writer("report.txt", in: directory).write("rapport\n")
      #expect(try contents(of: directory) == [fresh, ".other.tmp", "report.txt"].sorted())
    }
  }
}

/// Bytes a reader thread received, and a way to wait for the end.
final class ReceivedBytes: @unchecked Sendable {
  private let condition = NSCondition()
  private var count = 0
  private var done = false

  func append(_ bytes: ArraySlice<UInt8>) {
    condition.lock()
    count += bytes.count
    condition.unlock()
  }

  func finish() {
    condition.lock()
    done = true
    condition.broadcast()
    condition.unlock()
  }

  /// The number of bytes received once the writer closed, or after 10 seconds.
  func wait() -> Int {
    condition.lock()
    defer { condition.unlock() }
    let deadline = Date(timeIntervalSinceNow: 10)
    while !done, condition.wait(until: deadline) {}
    return count
  }
}
