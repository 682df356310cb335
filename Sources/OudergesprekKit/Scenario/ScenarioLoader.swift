import Foundation

/// Reads scenario files: bytes to JSON to a validated scenario, with every problem as a diagnostic.
public enum ScenarioLoader {
  /// The largest scenario file accepted; real scenarios are a few tens of KB.
  public static let maximumFileSize = 1 << 20

  /// Loads a scenario from bytes; `path` is only used in messages.
  public static func load(bytes: [UInt8], path: String) -> LoadedScenario {
    guard bytes.count <= maximumFileSize else {
      return LoadedScenario(
        path: path, source: nil, scenario: nil,
        diagnostics: [
          .error("het bestand is te groot (\(bytes.count / 1024) KB, maximaal \(maximumFileSize / 1024) KB)", at: nil)
        ])
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
      diagnostics += ScenarioValidator.validate(scenario, map: map)
    }
    return LoadedScenario(path: path, source: source, scenario: scenario, diagnostics: sorted(diagnostics))
  }

  /// Loads a scenario file from disk.
  public static func load(file path: String) -> LoadedScenario {
    let url = URL(fileURLWithPath: path)
    do {
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      if (attributes[.type] as? FileAttributeType) == .typeDirectory {
        return unreadable(path, "dit is een map, geen scenariobestand")
      }
      if let size = attributes[.size] as? Int, size > maximumFileSize {
        return unreadable(path, "het bestand is te groot (\(size / 1024) KB, maximaal \(maximumFileSize / 1024) KB)")
      }
      let data = try Data(contentsOf: url)
      return load(bytes: [UInt8](data), path: path)
    } catch {
      if !FileManager.default.fileExists(atPath: path) {
        return unreadable(path, "bestand niet gevonden")
      }
      return unreadable(path, "bestand kan niet gelezen worden (geen leesrechten?)")
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
