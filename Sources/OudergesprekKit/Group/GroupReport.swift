import Foundation

/// `oudergesprek groep`: a group's sessions side by side, per scenario and per trainee, and the moments where the
/// group most often blocked. Pure: built from sessions already read; the files are read by `GroupFiles`.
public struct GroupReport: Sendable {
  /// A file that was not used, and why (Dutch).
  public struct Skipped: Sendable, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }
  }

  /// The sessions, oldest first.
  public let sessions: [GroupSession]
  /// The files that were not used.
  public let skipped: [Skipped]

  /// The overview of `sessions` (any order); `skipped` lists the files that could not be used.
  public init(_ sessions: [GroupSession], skipped: [Skipped] = []) {
    self.sessions = sessions.sorted {
      $0.startedAt != $1.startedAt ? $0.startedAt < $1.startedAt : $0.path < $1.path
    }
    self.skipped = skipped
  }

  /// The label for sessions without a trainee's name.
  public static let unnamed = "(zonder naam)"

  /// Per scenario, in order of id: its id, title and figures.
  public var byScenario: [(scenario: String, title: String, summary: GroupSummary)] {
    Dictionary(grouping: sessions, by: \.scenario).sorted { $0.key < $1.key }.map {
      ($0.key, $0.value.last!.scenarioTitle, GroupSummary($0.value))
    }
  }

  /// Per trainee, by name (sessions without a name last): the sessions oldest first, and their figures.
  public var byTrainee: [(trainee: String?, sessions: [GroupSession], summary: GroupSummary)] {
    Dictionary(grouping: sessions, by: \.trainee).sorted { lhs, rhs in
      switch (lhs.key, rhs.key) {
      case (let left?, let right?):
        let order = left.localizedCaseInsensitiveCompare(right)
        return order == .orderedSame ? left < right : order == .orderedAscending
      case (nil, _): return false
      case (_, nil): return true
      }
    }.map { ($0.key, $0.value, GroupSummary($0.value)) }
  }

  /// The figures over all sessions; nil without sessions.
  public var total: GroupSummary? { sessions.isEmpty ? nil : GroupSummary(sessions) }

  /// The moments where the group most often blocked.
  public func blockedMoments(limit: Int = 5) -> [BlockedMoment] {
    BlockedMoment.find(in: sessions, limit: limit)
  }

  /// The number of different named trainees.
  public var traineeCount: Int { Set(sessions.compactMap(\.trainee)).count }
}
