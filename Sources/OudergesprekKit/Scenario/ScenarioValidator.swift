import Foundation

/// Checks a decoded scenario's references and its emotion graph.
public enum ScenarioValidator {
  /// All reference and graph problems of `scenario`, pointing into its file through `map`; with `depth`
  /// `.usability` without the costly checks that can only warn.
  public static func validate(
    _ scenario: Scenario, map: ScenarioSourceMap, depth: ScenarioCheckDepth = .complete
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let model = scenario.emotions
    let ids = model.states.map(\.id)
    let known = Set(ids)
    // Past the first problems of a file only a count is shown (`LoadedScenario`); the hint and the list of
    // states are worked out for those first ones only, so thousands of unknown states cost no more than a few.
    var hinted = 0
    func unknownState(_ id: String, field: String) -> String {
      hinted += 1
      guard hinted <= Diagnostic.limitPerFile else { return "\(field) noemt toestand \"\(id)\", maar die bestaat niet" }
      return Self.unknownState(id, ids: ids, field: field)
    }

    if !isValidID(scenario.id) {
      diagnostics.append(
        .error(
          "id \"\(scenario.id)\" mag alleen kleine letters, cijfers en streepjes bevatten (max. 64 tekens), bijvoorbeeld \"boze-vader-schorsing\"",
          at: map.id))
    }
    checkStates(model, map: map, into: &diagnostics)
    if !known.contains(model.start) {
      diagnostics.append(.error(unknownState(model.start, field: "emoties.start"), at: map.start))
    }
    for (index, transition) in model.transitions.enumerated() {
      let places = map.transitions[safe: index]
      for (position, id) in transition.from.enumerated() where !known.contains(id) {
        diagnostics.append(
          .error(
            unknownState(id, field: "emoties.overgangen[\(index)].van"),
            at: places?.from[safe: position] ?? places?.transition))
      }
      if !known.contains(transition.to) {
        diagnostics.append(
          .error(unknownState(transition.to, field: "emoties.overgangen[\(index)].naar"), at: places?.to))
      }
    }
    for (index, reaction) in model.reactions.enumerated() {
      let places = map.reactions[safe: index]
      for (position, id) in reaction.states.enumerated() where !known.contains(id) {
        diagnostics.append(
          .error(
            unknownState(id, field: "emoties.reacties[\(index)].in"),
            at: places?.states[safe: position] ?? places?.reaction))
      }
      if reaction.lines.isEmpty {
        diagnostics.append(
          .error("emoties.reacties[\(index)] heeft geen regels: schrijf minstens één zin", at: places?.reaction))
      }
    }
    if let early = scenario.earlyEnding, early.lines.isEmpty {
      diagnostics.append(
        .warning("vroegStoppen heeft geen regels: de ouder laat dan niet merken dat het vastloopt", at: map.earlyEnding)
      )
    }
    if diagnostics.contains(where: { $0.severity == .fout }) { return diagnostics }
    checkGraph(model, map: map, into: &diagnostics)
    diagnostics += StoryValidator.validate(scenario, map: map, depth: depth)
    if depth == .complete { diagnostics += PresuppositionCheck.diagnostics(scenario, map: map) }
    return diagnostics
  }

  /// Whether `id` is a usable scenario id: `a-z`, `0-9` and `-`, starting with a letter or digit, at most 64.
  ///
  /// The id becomes part of session file names, so nothing else may pass (no `/`, `.`, newline or space).
  /// Checked scalar by scalar: a regular expression's `$` would also accept a newline at the end.
  public static func isValidID(_ id: String) -> Bool {
    let scalars = Array(id.unicodeScalars)
    guard let first = scalars.first, first != "-", scalars.count <= 64 else { return false }
    return scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }

  private static func unknownState(_ id: String, ids: [String], field: String) -> String {
    let hint = Suggestion.closest(to: id, in: ids).map { "; bedoelt u \"\($0)\"?" } ?? ""
    let unique = ids.uniqued()
    let shown = unique.prefix(20).joined(separator: ", ") + (unique.count > 20 ? ", … (\(unique.count) in totaal)" : "")
    return "\(field) noemt toestand \"\(id)\", maar die bestaat niet\(hint) (toestanden: \(shown))"
  }

  private static func checkStates(_ model: EmotionModel, map: ScenarioSourceMap, into diagnostics: inout [Diagnostic]) {
    if model.states.isEmpty {
      diagnostics.append(
        .error("emoties.toestanden is leeg: een scenario heeft minstens een begin- en een eindtoestand", at: map.start))
    }
    var seen: Set<String> = []
    for (index, state) in model.states.enumerated() {
      let location = map.states[safe: index]
      if !seen.insert(state.id).inserted {
        diagnostics.append(
          .error("toestand \"\(state.id)\" bestaat twee keer; geef elke toestand een eigen id", at: location))
      }
      if state.lines.isEmpty {
        diagnostics.append(
          .error("toestand \"\(state.id)\" heeft geen regels: schrijf minstens één zin die de ouder zegt", at: location)
        )
      }
      var lines: Set<String> = []
      for line in state.lines where !lines.insert(line).inserted {
        diagnostics.append(.warning("toestand \"\(state.id)\" heeft de regel \"\(line)\" twee keer", at: location))
      }
    }
  }

  private static func checkGraph(_ model: EmotionModel, map: ScenarioSourceMap, into diagnostics: inout [Diagnostic]) {
    let graph = EmotionGraph(model)
    let reachable = graph.reachable(from: model.start)
    for (index, state) in model.states.enumerated() {
      let location = map.states[safe: index]
      if !reachable.contains(state.id) {
        diagnostics.append(
          .warning(
            "toestand \"\(state.id)\" is onbereikbaar vanaf \"\(model.start)\": voeg een overgang naar deze toestand toe of haal hem weg",
            at: location))
      }
      if reachable.contains(state.id) && state.ending == nil
        && graph.successors(of: state.id).subtracting([state.id]).isEmpty
      {
        diagnostics.append(
          .warning(
            "toestand \"\(state.id)\" heeft geen uitweg: geen overgang leidt naar een andere toestand, dus het gesprek zit daar vast",
            at: location))
      }
    }
    let endings = Set(model.states.filter { reachable.contains($0.id) }.compactMap(\.ending))
    if !endings.contains(.opgelost) {
      diagnostics.append(
        .error(
          "geen bereikbare toestand met \"einde\": \"opgelost\": het gesprek kan nooit goed aflopen; voeg er een toe met een overgang erheen",
          at: map.start))
    }
    if !endings.contains(.geescaleerd) {
      diagnostics.append(
        .warning(
          "geen bereikbare toestand met \"einde\": \"geescaleerd\": blokkades hebben zo geen uiterste gevolg",
          at: map.start))
    }
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}

extension Array where Element: Hashable {
  /// The elements without repeats, in first-seen order.
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
