import Foundation
import OudergesprekKit

/// `oudergesprek analyseer`: the markers in one reply, in a stream of replies (`--json`), or the accuracy on a
/// labelled set (`--evalueer`).
enum AnalyseCommand {
  static let spec = ArgumentParser.Spec(
    command: "analyseer", options: ["--evalueer", "--scenario", "--scenarios", "--tabellen", "--modeltabellen"],
    flags: ["--json", "--dubbel-lexicon", "--zonder-model", "--help", "-h"],
    maximumPositionals: nil)

  static func run(
    _ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    if let path = parsed.option("--tabellen") {
      guard parsed.positionals.isEmpty, arguments.count == 2 else {
        throw UsageError("--tabellen PAD gaat niet samen met andere opties of tekst")
      }
      return write(DutchReplyAnalyzer.compiledTablesSource, what: "De tabellen", to: path)
    }
    if let path = parsed.option("--modeltabellen") {
      guard parsed.positionals.isEmpty, arguments.count == 2 else {
        throw UsageError("--modeltabellen PAD gaat niet samen met andere opties of tekst")
      }
      return write(DutchReplyAnalyzer.compiledModelSource, what: "Het model", to: path)
    }
    // --dubbel-lexicon (every rule twice) is for scripts/benchmark-analyser: the same findings, twice the rules.
    // --zonder-model gives the rules' findings alone, as `leer` learns from them: to see what the rules miss.
    let analyzer = DutchReplyAnalyzer(
      doublingTheLexicon: parsed.has("--dubbel-lexicon"), usingModel: !parsed.has("--zonder-model"))
    if let path = parsed.option("--evalueer") {
      guard parsed.positionals.isEmpty, !parsed.has("--json") else {
        throw UsageError("--evalueer gaat niet samen met tekst of --json")
      }
      return evaluate(path: path, analyzer: analyzer)
    }
    // With --scenario, the topics of that scenario's story recognised in each reply are added (`topics`).
    var matcher: TopicMatcher?
    if let name = parsed.option("--scenario") {
      let folder = try ScenarioSource.folder(option: parsed.option("--scenarios"), environment: environment)
      switch PracticeCommand.choose(name, in: folder) {
      case .success(let scenario):
        guard let story = scenario.story else {
          Terminal.warn("oudergesprek: fout: scenario '\(scenario.id)' heeft geen verhaal met onderwerpen")
          return .dataError
        }
        matcher = TopicMatcher(story: story, names: [scenario.student?.name ?? ""])
      case .failure(let code): return code
      }
    } else if parsed.option("--scenarios") != nil {
      throw UsageError("--scenarios hoort bij --scenario ID")
    }
    if parsed.has("--json") {
      guard parsed.positionals.isEmpty else {
        throw UsageError("--json leest de antwoorden van de invoer, één per regel; geef geen tekst mee")
      }
      // One JSON object per input line (streaming); an empty line gives empty markers.
      streamJSON(analyzer, topics: matcher.map { matcher in { matcher.topics(in: $0) } })
      return .success
    }
    let text = parsed.positionals.joined(separator: " ")
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw UsageError(
        "geef het antwoord als tekst mee, bijvoorbeeld: oudergesprek analyseer \"Ik hoor dat u boos bent.\"")
    }
    var rendered = render(analyzer.analyze(text))
    if let matcher {
      let topics = matcher.topics(in: text)
      rendered += "\nOnderwerpen: " + (topics.isEmpty ? "geen" : topics.joined(separator: ", "))
    }
    Terminal.say(rendered)
    return .success
  }

  /// The human-readable analysis of one reply.
  static func render(_ analysis: ReplyAnalysis) -> String {
    var lines = ["Antwoord: \(TerminalText.neutralize(analysis.text))"]
    lines.append(
      "Markers: " + (analysis.markers.isEmpty ? "geen" : analysis.markers.map(\.rawValue).joined(separator: ", ")))
    let parts = analysis.iMessageParts.map(\.rawValue).joined(separator: ", ")
    lines.append("Delen van een ik-boodschap: " + (parts.isEmpty ? "geen" : parts))
    if !analysis.evidence.isEmpty {
      lines.append("Waaraan te zien:")
      for item in analysis.evidence {
        let name = item.marker?.rawValue ?? item.part.map { "deel \($0.rawValue)" } ?? ""
        lines.append("  \(name): \"\(TerminalText.neutralize(item.words))\" — \(item.explanation)")
      }
    }
    lines.append("Feedback: " + ReplyFeedback.line(for: analysis))
    return lines.joined(separator: "\n")
  }

  private static func evaluate(path: String, analyzer: DutchReplyAnalyzer) -> ExitCode {
    switch readSet(path) {
    case .success(let set):
      // The replies in the set are quoted in the report: neutralised, like every text from a file.
      Terminal.say(
        TerminalText.neutralize(EvaluationReport(set: set, analyzer: analyzer).rendered(), keepNewlines: true))
      return .success
    case .failure(let code): return code
    }
  }

  /// Reads a labelled set (`labels<TAB>antwoord`); a problem is shown in Dutch, with the path and line, and
  /// is the exit code to stop with.
  static func readSet(_ path: String) -> Result<LabelledSet, ExitCode> {
    let shown = TerminalText.neutralize(path)
    let bytes: [UInt8]
    switch BoundedFile.read(path, limit: maximumSetSize) {
    case .success(let read): bytes = read
    case .failure(let problem):
      Terminal.warn("oudergesprek: fout: kan \(shown) niet lezen (\(describe(problem)))")
      switch problem {
      case .notFound, .danglingLink, .noPermission, .pathThroughFile, .linkLoop:
        return .failure(.noInput)
      case .isDirectory, .notRegularFile, .tooLarge: return .failure(.dataError)
      case .system: return .failure(.ioError)
      }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      Terminal.warn("oudergesprek: fout: \(shown) is geen UTF-8-tekst")
      return .failure(.dataError)
    }
    do {
      return .success(try LabelledSet(parsing: text, path: path))
    } catch {
      Terminal.warn("oudergesprek: fout: \(TerminalText.neutralize(error.description))")
      return .failure(.dataError)
    }
  }

  /// The largest labelled set read: far more than any set of replies typed by hand.
  static let maximumSetSize = 16 << 20

  private static func describe(_ problem: BoundedFile.Problem) -> String {
    switch problem {
    case .notFound: "het bestand bestaat niet"
    case .danglingLink: "symbolische link naar een bestand dat niet bestaat"
    case .linkLoop: "symbolische links in een kring"
    case .noPermission: "geen leesrechten"
    case .pathThroughFile: "een deel van het pad is geen map"
    case .isDirectory: "dit is een map"
    case .notRegularFile: "geen gewoon bestand, maar een apparaat, pijp of socket"
    case .tooLarge(let size): "te groot: \(size / 1024 / 1024) MB, maximaal \(maximumSetSize / 1024 / 1024) MB"
    case .system(let code): FileProblem.describe(code)
    }
  }

  /// Writes a generated Swift source (the Dutch pattern tables, the compiled model) for
  /// `scripts/compile-analyser-tables`; `what` names it in Dutch, as the subject of a sentence.
  static func write(_ source: () throws -> String, what: String, to path: String) -> ExitCode {
    do {
      try source().write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      Terminal.warn(
        "oudergesprek: fout: kan \(what.lowercased()) niet naar \(TerminalText.neutralize(path)) schrijven: \(error)")
      return .cannotCreate
    }
    Terminal.say("\(what) geschreven naar \(TerminalText.neutralize(path)).")
    return .success
  }
}
