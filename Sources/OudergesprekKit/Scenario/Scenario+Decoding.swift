extension Scenario {
  /// Decodes a scenario from parsed JSON. Returns nil (with diagnostics) when a required part is missing or wrong.
  ///
  /// All problems are collected, not only the first, so that one run of `controleer` shows them all.
  public static func decode(
    _ root: JSONNode, diagnostics: inout [Diagnostic]
  ) -> (scenario: Scenario, sourceMap: ScenarioSourceMap)? {
    guard var object = ObjectReader(root, path: "", into: &diagnostics) else { return nil }
    var map = ScenarioSourceMap()
    map.id = object.value("id", required: false, into: &diagnostics)?.location
    let id = object.string("id", into: &diagnostics)
    let title = object.string("titel", into: &diagnostics)
    let kind = object.word("soort", as: ConversationKind.self, allowed: ConversationKind.allCases, into: &diagnostics)
    let role = object.word("rol", as: TeacherRole.self, allowed: TeacherRole.allCases, into: &diagnostics)
    let initiator = object.word("initiatief", as: Initiator.self, allowed: Initiator.allCases, into: &diagnostics)
    let difficulty = object.word("moeilijkheid", as: Difficulty.self, allowed: Difficulty.allCases, into: &diagnostics)
    let minutes = object.int("minuten", in: 1...120, into: &diagnostics)
    let briefing = object.value("briefing", required: true, into: &diagnostics).flatMap {
      decodeBriefing($0, diagnostics: &diagnostics)
    }
    let parent = object.value("ouder", required: true, into: &diagnostics).flatMap {
      decodeParent($0, diagnostics: &diagnostics)
    }
    var studentOK = true
    var student: Student?
    if let node = object.value("leerling", required: false, into: &diagnostics) {
      student = decodeStudent(node, diagnostics: &diagnostics)
      studentOK = student != nil
    }
    var storyOK = true
    var story: Story?
    if let node = object.value("verhaal", required: false, into: &diagnostics) {
      story = decodeStory(node, map: &map, diagnostics: &diagnostics)
      storyOK = story != nil
    }
    let emotions = object.value("emoties", required: true, into: &diagnostics).flatMap {
      decodeEmotions($0, map: &map, diagnostics: &diagnostics)
    }
    var earlyOK = true
    var early: EarlyEndingRule?
    if let node = object.value("vroegStoppen", required: false, into: &diagnostics) {
      map.earlyEnding = node.location
      early = decodeEarlyEnding(node, diagnostics: &diagnostics)
      earlyOK = early != nil
    }
    let timeLines = object.strings("tijdRegels", required: false, into: &diagnostics)?.map(\.0) ?? []
    // Test conversations are read by the test runner (`testgesprekken`); here they only have to be a list.
    _ = object.array("testgesprekken", required: false, into: &diagnostics)
    object.finish(into: &diagnostics)

    guard let id, let title, let kind, let role, let initiator, let difficulty, let minutes, let briefing,
      let parent, let emotions, studentOK, earlyOK, storyOK
    else { return nil }
    let scenario = Scenario(
      id: id, title: title, kind: kind, role: role, initiator: initiator, difficulty: difficulty, minutes: minutes,
      briefing: briefing, parent: parent, student: student, emotions: emotions, earlyEnding: early,
      timeWarningLines: timeLines, story: story)
    return (scenario, map)
  }

  private static func decodeBriefing(_ node: JSONNode, diagnostics: inout [Diagnostic]) -> Briefing? {
    guard var object = ObjectReader(node, path: "briefing", into: &diagnostics) else { return nil }
    let situation = object.string("situatie", into: &diagnostics)
    let known = object.strings("bekend", required: false, into: &diagnostics)?.map(\.0) ?? []
    let goal = object.string("doel", into: &diagnostics)
    object.finish(into: &diagnostics)
    guard let situation, let goal else { return nil }
    return Briefing(situation: situation, known: known, goal: goal)
  }

  private static func decodeParent(_ node: JSONNode, diagnostics: inout [Diagnostic]) -> ParentPersona? {
    guard var object = ObjectReader(node, path: "ouder", into: &diagnostics) else { return nil }
    let name = object.string("naam", into: &diagnostics)
    let relation = object.string("relatie", into: &diagnostics)
    let background = object.string("achtergrond", into: &diagnostics)
    let expectation = object.string("verwachting", into: &diagnostics)
    let address = object.string("aanspreekvorm", into: &diagnostics)
    object.finish(into: &diagnostics)
    guard let name, let relation, let background, let expectation, let address else { return nil }
    return ParentPersona(
      name: name, relation: relation, background: background, expectation: expectation, addressesTeacherAs: address)
  }

  private static func decodeStudent(_ node: JSONNode, diagnostics: inout [Diagnostic]) -> Student? {
    guard var object = ObjectReader(node, path: "leerling", into: &diagnostics) else { return nil }
    let name = object.string("naam", into: &diagnostics)
    let group = object.string("klas", into: &diagnostics)
    let present = object.bool("aanwezig", into: &diagnostics)
    object.finish(into: &diagnostics)
    guard let name, let group, let present else { return nil }
    return Student(name: name, group: group, present: present)
  }

  private static func decodeEarlyEnding(_ node: JSONNode, diagnostics: inout [Diagnostic]) -> EarlyEndingRule? {
    guard var object = ObjectReader(node, path: "vroegStoppen", into: &diagnostics) else { return nil }
    let intensity = object.int("vanafIntensiteit", in: 0...10, into: &diagnostics)
    let turns = object.int("beurten", in: 1...50, into: &diagnostics)
    let explanation = object.string("uitleg", into: &diagnostics)
    let lines = object.strings("regels", into: &diagnostics)?.map(\.0)
    object.finish(into: &diagnostics)
    guard let intensity, let turns, let explanation, let lines else { return nil }
    return EarlyEndingRule(minimumIntensity: intensity, turns: turns, explanation: explanation, lines: lines)
  }
}
