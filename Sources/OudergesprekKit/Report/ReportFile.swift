import Foundation

/// Where a session's report lives and how a transcript is read back for it.
public enum ReportFile {
  /// The report's path: the transcript's path with `.md` instead of `.json`.
  public static func path(forTranscript path: String) -> String {
    let base = path.hasSuffix(".json") ? String(path.dropLast(5)) : path
    return base + ".md"
  }

  /// A transcript that cannot be used for a report, with a Dutch message.
  public struct LoadError: Error, Sendable, Equatable {
    public var message: String
  }

  /// Reads the transcript at `path`.
  public static func load(_ path: String) throws(LoadError) -> Transcript {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw LoadError(message: "het gespreksbestand '\(path)' bestaat niet")
    }
    guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
      throw LoadError(message: "'\(path)' is geen leesbaar bestand; geef het .json-bestand van een gesprek")
    }
    do {
      return try Transcript.decode(data)
    } catch {
      throw LoadError(
        message:
          "'\(path)' is geen gesprek van oudergesprek (\(describe(error))); geef een .json-bestand uit de map sessies")
    }
  }

  private static func describe(_ error: any Error) -> String {
    switch error as? DecodingError {
    case .keyNotFound(let key, _)?: "het veld '\(key.stringValue)' ontbreekt"
    case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
      "het veld '\(context.codingPath.map(\.stringValue).joined(separator: "."))' heeft een verkeerd type"
    case .dataCorrupted(let context)?:
      context.codingPath.isEmpty
        ? "geen geldige JSON"
        : "het veld '\(context.codingPath.map(\.stringValue).joined(separator: "."))' is ongeldig"
    default: "onleesbaar"
    }
  }
}
