import Foundation
import OudergesprekKit

/// The labelled sets the accuracy tests run on.
enum TestCorpus {
  /// The package root, found from this file's path.
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // TestCorpus.swift, Analysis, OudergesprekKitTests, Tests
    return url
  }()

  /// The project's own set, in `Fixtures/Analysis/`.
  static func ownSet(_ name: String) throws -> LabelledSet {
    try load(packageRoot.appendingPathComponent("Tests/OudergesprekKitTests/Fixtures/Analysis/\(name)"))
  }

  /// Where `shared/corpus/dev.tsv` is: `../shared` next to the package (as in CI), or a folder further up
  /// (worktrees); nil on a fresh clone, which has only the repository.
  static let devSetURL: URL? = {
    var folder = packageRoot.deletingLastPathComponent()
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("shared/corpus/dev.tsv")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return nil
  }()

  /// `shared/corpus/dev.tsv`, or nil when it is not beside the package.
  static func devSet() throws -> LabelledSet? {
    try devSetURL.map(load)
  }

  private static func load(_ url: URL) throws -> LabelledSet {
    let text = try String(contentsOf: url, encoding: .utf8)
    return try LabelledSet(parsing: text, path: url.path)
  }
}
