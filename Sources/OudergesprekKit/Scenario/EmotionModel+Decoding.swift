extension Scenario {
  static func decodeEmotions(
    _ node: JSONNode, map: inout ScenarioSourceMap, diagnostics: inout [Diagnostic]
  ) -> EmotionModel? {
    guard var object = ObjectReader(node, path: "emoties", into: &diagnostics) else { return nil }
    map.start = object.value("start", required: false, into: &diagnostics)?.location
    let start = object.string("start", into: &diagnostics)
    var states: [EmotionState] = []
    for (index, element) in (object.array("toestanden", into: &diagnostics) ?? []).enumerated() {
      if let state = decodeState(
        element, path: "emoties.toestanden[\(index)]", map: &map, diagnostics: &diagnostics)
      {
        states.append(state)
        map.states.append(element.location)
      }
    }
    var transitions: [EmotionTransition] = []
    for (index, element) in (object.array("overgangen", into: &diagnostics) ?? []).enumerated() {
      if let (transition, places) = decodeTransition(
        element, path: "emoties.overgangen[\(index)]", diagnostics: &diagnostics)
      {
        transitions.append(transition)
        map.transitions.append(places)
      }
    }
    var reactions: [MarkerReaction] = []
    for (index, element) in (object.array("reacties", required: false, into: &diagnostics) ?? []).enumerated() {
      if let (reaction, places) = decodeReaction(element, path: "emoties.reacties[\(index)]", diagnostics: &diagnostics)
      {
        reactions.append(reaction)
        map.reactions.append(places)
      }
    }
    object.finish(into: &diagnostics)
    guard let start else { return nil }
    return EmotionModel(start: start, states: states, transitions: transitions, reactions: reactions)
  }

  private static func decodeState(
    _ node: JSONNode, path: String, map: inout ScenarioSourceMap, diagnostics: inout [Diagnostic]
  ) -> EmotionState? {
    guard var object = ObjectReader(node, path: path, into: &diagnostics) else { return nil }
    let id = object.string("id", into: &diagnostics)
    let name = object.string("naam", into: &diagnostics)
    let intensity = object.int("intensiteit", in: 0...10, into: &diagnostics)
    let stateLines = object.array("regels", into: &diagnostics).map {
      decodeStateLines($0, path: "\(path).regels", map: &map, diagnostics: &diagnostics)
    }
    let lines = stateLines?.map(\.text)
    let studentLines = object.strings("leerlingRegels", required: false, into: &diagnostics)?.map(\.0) ?? []
    var endingOK = true
    var ending: ConversationOutcome?
    if object.value("einde", required: false, into: &diagnostics) != nil {
      ending = object.word(
        "einde", as: ConversationOutcome.self, allowed: [.opgelost, .geescaleerd], required: false, into: &diagnostics)
      if ending == .gestopt || ending == .tijdOm {
        diagnostics.append(.error("\"\(path).einde\" moet \"opgelost\" of \"geescaleerd\" zijn", at: node.location))
        ending = nil
      }
      endingOK = ending != nil
    }
    object.finish(into: &diagnostics)
    guard let id, let name, let intensity, let lines, endingOK else { return nil }
    let conditions = stateLines?.map(\.after) ?? []
    return EmotionState(
      id: id, name: name, intensity: intensity, lines: lines, studentLines: studentLines, ending: ending,
      lineConditions: conditions.contains { !$0.isEmpty } ? conditions : [])
  }

  private static func selectors(
    _ words: [(String, SourceLocation)], path: String, diagnostics: inout [Diagnostic]
  ) -> [MarkerSelector]? {
    var result: [MarkerSelector] = []
    var ok = true
    for (word, location) in words {
      if let selector = MarkerSelector(word) {
        result.append(selector)
      } else {
        ok = false
        let hint = Suggestion.closest(to: word, in: MarkerSelector.allWords).map { "; bedoelt u \"\($0)\"?" } ?? ""
        diagnostics.append(
          .error(
            "onbekende marker \"\(word)\" in \(path)\(hint) (zie de marker-ids in labels.md, of een familie: luisteren, blokkade, afronding, of neutraal)",
            at: location))
      }
    }
    return ok ? result : nil
  }

  private static func decodeTransition(
    _ node: JSONNode, path: String, diagnostics: inout [Diagnostic]
  ) -> (EmotionTransition, ScenarioSourceMap.TransitionPlaces)? {
    guard var object = ObjectReader(node, path: path, into: &diagnostics) else { return nil }
    let from = object.stringOrStrings("van", required: false, into: &diagnostics) ?? []
    let toLocation = object.value("naar", required: false, into: &diagnostics)?.location ?? node.location
    let to = object.string("naar", into: &diagnostics)
    let on = object.stringOrStrings("bij", into: &diagnostics).flatMap {
      selectors($0, path: "\(path).bij", diagnostics: &diagnostics)
    }
    let inARow = object.int("achterElkaar", in: 1...20, required: false, into: &diagnostics) ?? 1
    let reason = object.string("reden", required: false, into: &diagnostics)
    object.finish(into: &diagnostics)
    guard let to, let on else { return nil }
    if on.isEmpty {
      diagnostics.append(.error("\(path).bij is leeg: noem minstens één marker of familie", at: node.location))
      return nil
    }
    let ids = from.map(\.0).filter { $0 != "*" }
    let places = ScenarioSourceMap.TransitionPlaces(
      transition: node.location, from: from.filter { $0.0 != "*" }.map(\.1), to: toLocation)
    return (EmotionTransition(from: ids, to: to, on: on, inARow: inARow, reason: reason), places)
  }

  private static func decodeReaction(
    _ node: JSONNode, path: String, diagnostics: inout [Diagnostic]
  ) -> (MarkerReaction, ScenarioSourceMap.ReactionPlaces)? {
    guard var object = ObjectReader(node, path: path, into: &diagnostics) else { return nil }
    let on = object.stringOrStrings("bij", into: &diagnostics).flatMap {
      selectors($0, path: "\(path).bij", diagnostics: &diagnostics)
    }
    let states = object.stringOrStrings("in", required: false, into: &diagnostics) ?? []
    let lines = object.strings("regels", into: &diagnostics)?.map(\.0)
    object.finish(into: &diagnostics)
    guard let on, let lines else { return nil }
    let places = ScenarioSourceMap.ReactionPlaces(reaction: node.location, states: states.map(\.1))
    return (MarkerReaction(on: on, states: states.map(\.0), lines: lines), places)
  }
}
