/// A line of the parent that the group often answered with a blockade: what most answered, and what is better.
public struct BlockedMoment: Sendable, Equatable {
  public var scenario: String
  /// The parent's line.
  public var parentLine: String
  /// How heated she was when she said it (the highest seen, 0 to 10).
  public var parentIntensity: Int
  /// How often the line was answered, and how often with a blockade or jij-boodschap.
  public var answered: Int
  public var blocked: Int
  /// How many different trainees (by name; sessions without a name count one each) blocked here.
  public var trainees: Int
  /// The blockade most answers used, and in how many answers.
  public var mostUsed: Marker
  public var mostUsedCount: Int
  /// The reply given most often with that blockade (the first seen when all differ).
  public var example: String
  /// The better alternative the report gives for that blockade at this intensity.
  public var alternative: String

  /// The moments in `sessions` where a blockade was answered, most blocked first (then by trainees, scenario and
  /// line), at most `limit`.
  public static func find(in sessions: [GroupSession], limit: Int = 5) -> [BlockedMoment] {
    struct Key: Hashable {
      var scenario: String
      var line: String
    }
    struct Tally {
      var intensity = 0
      var answered = 0
      var blocked = 0
      var trainees: Set<String> = []
      var markers: [Marker: Int] = [:]
      var texts: [Marker: [String: Int]] = [:]
      var firstText: [Marker: String] = [:]
    }
    var tallies: [Key: Tally] = [:]
    for (index, session) in sessions.enumerated() {
      for answer in session.answers {
        let key = Key(scenario: session.scenario, line: answer.parentLine)
        var tally = tallies[key] ?? Tally()
        tally.answered += 1
        tally.intensity = max(tally.intensity, answer.parentIntensity)
        if !answer.blockades.isEmpty {
          tally.blocked += 1
          tally.trainees.insert(session.trainee.map { "naam:" + $0 } ?? "sessie:\(index)")
          let text = answer.text.trimmingCharacters(in: .whitespaces)
          for marker in answer.blockades {
            tally.markers[marker, default: 0] += 1
            tally.texts[marker, default: [:]][text, default: 0] += 1
            if tally.firstText[marker] == nil { tally.firstText[marker] = text }
          }
        }
        tallies[key] = tally
      }
    }
    let moments = tallies.compactMap { key, tally -> BlockedMoment? in
      guard
        let (marker, count) = tally.markers.max(by: {
          $0.value != $1.value ? $0.value < $1.value : $1.key < $0.key
        })
      else { return nil }
      let texts = tally.texts[marker] ?? [:]
      let top = texts.values.max() ?? 0
      let example = top > 1 ? texts.filter { $0.value == top }.keys.min()! : tally.firstText[marker] ?? ""
      return BlockedMoment(
        scenario: key.scenario, parentLine: key.line, parentIntensity: tally.intensity, answered: tally.answered,
        blocked: tally.blocked, trainees: tally.trainees.count, mostUsed: marker, mostUsedCount: count,
        example: example,
        alternative: BlockadeAlternative.suggestion(instead: marker, parentIntensity: tally.intensity))
    }
    return Array(
      moments.sorted {
        if $0.blocked != $1.blocked { return $0.blocked > $1.blocked }
        if $0.trainees != $1.trainees { return $0.trainees > $1.trainees }
        if $0.scenario != $1.scenario { return $0.scenario < $1.scenario }
        return $0.parentLine < $1.parentLine
      }.prefix(limit))
  }
}
