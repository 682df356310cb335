import Foundation
import OudergesprekKit

/// `oudergesprek leer SET…`: trains the analyser's marker model on labelled sets and writes its data file
/// (`--uit`), or, with `--toets`, shows how it does on each set when trained on all the others.
enum LearnCommand {
  static let spec = ArgumentParser.Spec(
    command: "leer", options: ["--uit"], flags: ["--toets", "--help", "-h"], maximumPositionals: nil)

  static func run(_ arguments: [String]) throws(UsageError) -> ExitCode {
    let parsed = try ArgumentParser.parse(arguments, spec: spec)
    if parsed.has("--help") || parsed.has("-h") {
      Terminal.say(HelpText.text)
      return .success
    }
    guard !parsed.positionals.isEmpty else {
      throw UsageError("geef de gelabelde sets (.tsv) mee, bijvoorbeeld: oudergesprek leer Tests/…/Analysis/*.tsv")
    }
    guard parsed.has("--toets") != (parsed.option("--uit") != nil) else {
      throw UsageError("kies --uit PAD (schrijf het model) of --toets (meet het, zonder te schrijven)")
    }
    var sets: [MarkerModel.NamedSet] = []
    for path in parsed.positionals {
      switch AnalyseCommand.readSet(path) {
      case .success(let set):
        sets.append(MarkerModel.NamedSet(name: (path as NSString).lastPathComponent, set: set))
      case .failure(let code): return code
      }
    }
    // The model learns from the rules alone, never from an earlier model.
    let rules = DutchReplyAnalyzer(usingModel: false)
    if parsed.has("--toets") {
      Terminal.say(render(MarkerModel.heldOut(sets, rules: rules)))
      return .success
    }
    let path = parsed.option("--uit") ?? ""
    let model = MarkerModel.train(on: sets, rules: rules)
    do {
      try model.swiftSource.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      Terminal.warn("oudergesprek: fout: kan \(TerminalText.neutralize(path)) niet schrijven")
      return .cannotCreate
    }
    let count = model.weights.values.reduce(0) { $0 + $1.filter { $0 != 0 }.count }
    Terminal.say(
      "Model geschreven naar \(TerminalText.neutralize(path)): \(model.weights.count) kenmerken, \(count) gewichten, "
        + "uit \(sets.reduce(0) { $0 + $1.set.replies.count }) antwoorden in \(sets.count) sets.")
    return .success
  }

  /// A table: per set, macro-F1 and the F1 per family, of the rules alone and with the model.
  static func render(_ results: [MarkerModel.HeldOut]) -> String {
    let families = MarkerFamily.allCases
    var lines = [
      "Elke set gemeten met een model dat van alle andere sets leerde (regels alleen → regels met model).", "",
      (["set", "antwoorden", "macro"] + families.map(\.rawValue)).joined(separator: "\t"),
    ]
    func pair(_ rules: Double, _ model: Double) -> String { String(format: "%.2f→%.2f", rules, model) }
    for result in results {
      var cells = [TerminalText.neutralize(result.name), "\(result.rules.replyCount)"]
      cells.append(String(format: "%.3f→%.3f", result.rules.macroF1, result.model.macroF1))
      for family in families {
        cells.append(pair(result.rules.families[family]?.f1 ?? 1, result.model.families[family]?.f1 ?? 1))
      }
      lines.append(cells.joined(separator: "\t"))
    }
    let rules = results.map(\.rules.macroF1).reduce(0, +) / Double(max(results.count, 1))
    let model = results.map(\.model.macroF1).reduce(0, +) / Double(max(results.count, 1))
    lines += ["", String(format: "Gemiddelde macro-F1 over de sets: %.3f (regels) → %.3f (met model)", rules, model)]
    return lines.joined(separator: "\n")
  }
}
