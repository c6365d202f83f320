#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Path arithmetic for output files: absolute, lexically normalised and symlink-resolved forms.
///
/// Pure string work except `resolved`, which asks the file system about links.
enum FilePath {
  /// `path` made absolute against `workingDirectory`, with `.`, `..` and `//` removed.
  static func normalized(_ path: String, in workingDirectory: String) -> String {
    let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    var components: [Substring] = []
    for component in absolute.split(separator: "/", omittingEmptySubsequences: true) {
      switch component {
      case ".": continue
      case "..": _ = components.popLast()
      default: components.append(component)
      }
    }
    return "/" + components.joined(separator: "/")
  }

  /// The real path of `path`: every symbolic link resolved.
  ///
  /// When the file does not exist yet, its directory is resolved and the name appended; when
  /// the directory does not exist either, the normalised path is returned.
  static func resolved(_ path: String, in workingDirectory: String) -> String {
    let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    if let real = realPath(absolute) { return real }
    let normalized = normalized(path, in: workingDirectory)
    let (directory, name) = split(normalized)
    if let realDirectory = realPath(directory) {
      return realDirectory == "/" ? "/" + name : realDirectory + "/" + name
    }
    return normalized
  }

  /// The directory and the last component of a path, as written: `out/report.txt` gives
  /// `("out", "report.txt")`, `report.txt` gives `(".", "report.txt")`.
  static func split(_ path: String) -> (directory: String, name: String) {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
    let directory = trimmed[..<slash]
    let name = trimmed[trimmed.index(after: slash)...]
    return (directory.isEmpty ? "/" : String(directory), String(name))
  }

  /// Whether `path` names a folder, following links; `nil` when nothing can be found there.
  static func isDirectory(_ path: String) -> Bool? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & S_IFMT == S_IFDIR
  }

  /// `name` inside the folder `directory`, joined with one slash as Foundation's
  /// `appendingPathComponent` joins them.
  static func joined(_ directory: String, _ name: String) -> String {
    if name.isEmpty { return directory }
    if directory.isEmpty { return name }
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// Device and inode of an existing file, to recognise hard links and case-insensitive names.
  static func identity(_ path: String) -> Identity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Identity(info)
  }

  private static func realPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The device and inode that identify a file independently of its name.
  struct Identity: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64

    init(device: UInt64, inode: UInt64) {
      self.device = device
      self.inode = inode
    }

    init(_ info: stat) {
      self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
  }
}
