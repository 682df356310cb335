import Foundation

/// Reads scenario files: bytes to JSON to a validated scenario, with every problem as a diagnostic.
public enum ScenarioLoader {
  /// The largest scenario file accepted; real scenarios are a few tens of KB.
  public static let maximumFileSize = 1 << 20

  /// Loads a scenario from bytes; `path` is only used in messages. With `depth` `.usability` the checks that can
  /// only warn and cost most are left out.
  public static func load(bytes: [UInt8], path: String, depth: ScenarioCheckDepth = .complete) -> LoadedScenario {
    guard bytes.count <= maximumFileSize else {
      return LoadedScenario(
        path: path, source: nil, scenario: nil,
        diagnostics: [.error(tooLarge(bytes.count).message, at: nil)])
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      let source = SourceText.firstInvalidUTF8(in: bytes) == nil ? String(decoding: bytes, as: UTF8.self) : nil
      return LoadedScenario(
        path: path, source: source, scenario: nil,
        diagnostics: [.error("JSON-fout: \(error.message)", at: error.location)])
    }
    let source = String(decoding: bytes, as: UTF8.self)
    var diagnostics: [Diagnostic] = []
    guard let (scenario, map) = Scenario.decode(root, diagnostics: &diagnostics) else {
      return LoadedScenario(path: path, source: source, scenario: nil, diagnostics: sorted(diagnostics))
    }
    if diagnostics.isEmpty || !diagnostics.contains(where: { $0.severity == .fout }) {
      diagnostics += ScenarioValidator.validate(scenario, map: map, depth: depth)
      diagnostics += TestConversation.validate(scenario)
    }
    return LoadedScenario(path: path, source: source, scenario: scenario, diagnostics: sorted(diagnostics))
  }

  /// Loads a scenario file from disk. Only a regular file is read, and never more than `maximumFileSize` bytes,
  /// so a link to a device, a pipe or a link loop gives a message instead of a hang.
  public static func load(file path: String) -> LoadedScenario {
    switch readFile(path) {
    case .success(let bytes): load(bytes: bytes, path: path)
    case .failure(let problem): unreadable(path, problem.message)
    }
  }

  private static func unreadable(_ path: String, _ message: String) -> LoadedScenario {
    LoadedScenario(path: path, source: nil, scenario: nil, diagnostics: [.error(message, at: nil)])
  }

  private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      let la = a.element.location ?? .start
      let lb = b.element.location ?? .start
      if la.line != lb.line { return la.line < lb.line }
      if la.column != lb.column { return la.column < lb.column }
      return a.offset < b.offset
    }.map(\.element)
  }
}
