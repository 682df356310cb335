import Foundation
import OudergesprekKit

/// `oudergesprek analyseer`: the markers in one reply, in a stream of replies (`--json`), or the accuracy on a
/// labelled set (`--evalueer`).
enum AnalyseCommand {
  static let spec = ArgumentParser.Spec(
    command: "analyseer", options: ["--evalueer"], flags: ["--json", "--dubbel-lexicon", "--help", "-h"],
    maximumPositionals: nil)

  static func run(_ arguments: [String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    // --dubbel-lexicon (every rule twice) is for scripts/benchmark-analyser: the same findings, twice the rules.
    let analyzer = DutchReplyAnalyzer(doublingTheLexicon: parsed.has("--dubbel-lexicon"))
    if let path = parsed.option("--evalueer") {
      guard parsed.positionals.isEmpty, !parsed.has("--json") else {
        throw UsageError("--evalueer gaat niet samen met tekst of --json")
      }
      return evaluate(path: path, analyzer: analyzer)
    }
    if parsed.has("--json") {
      guard parsed.positionals.isEmpty else {
        throw UsageError("--json leest de antwoorden van de invoer, één per regel; geef geen tekst mee")
      }
      // One JSON object per input line (streaming); an empty line gives empty markers.
      streamJSON(analyzer)
      return .success
    }
    let text = parsed.positionals.joined(separator: " ")
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw UsageError(
        "geef het antwoord als tekst mee, bijvoorbeeld: oudergesprek analyseer \"Ik hoor dat u boos bent.\"")
    }
    Terminal.say(render(analyzer.analyze(text)))
    return .success
  }

  /// The human-readable analysis of one reply.
  static func render(_ analysis: ReplyAnalysis) -> String {
    var lines = ["Antwoord: \(analysis.text)"]
    lines.append(
      "Markers: " + (analysis.markers.isEmpty ? "geen" : analysis.markers.map(\.rawValue).joined(separator: ", ")))
    let parts = analysis.iMessageParts.map(\.rawValue).joined(separator: ", ")
    lines.append("Delen van een ik-boodschap: " + (parts.isEmpty ? "geen" : parts))
    if !analysis.evidence.isEmpty {
      lines.append("Waaraan te zien:")
      for item in analysis.evidence {
        let name = item.marker?.rawValue ?? item.part.map { "deel \($0.rawValue)" } ?? ""
        lines.append("  \(name): \"\(item.words)\" — \(item.explanation)")
      }
    }
    lines.append("Feedback: " + ReplyFeedback.line(for: analysis))
    return lines.joined(separator: "\n")
  }

  private static func evaluate(path: String, analyzer: DutchReplyAnalyzer) -> ExitCode {
    guard let data = FileManager.default.contents(atPath: path) else {
      Terminal.warn("oudergesprek: fout: kan \(path) niet lezen (bestaat het bestand?)")
      return .ioError
    }
    guard let text = String(data: data, encoding: .utf8) else {
      Terminal.warn("oudergesprek: fout: \(path) is geen UTF-8-tekst")
      return .dataError
    }
    do {
      let set = try LabelledSet(parsing: text, path: path)
      Terminal.say(EvaluationReport(set: set, analyzer: analyzer).rendered())
      return .success
    } catch {
      Terminal.warn("oudergesprek: fout: \(error.description)")
      return .dataError
    }
  }
}
