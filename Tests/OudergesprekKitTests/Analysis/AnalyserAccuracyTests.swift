import Foundation
import OudergesprekKit
import Testing

@Suite("Nauwkeurigheid van de analyser")
struct AnalyserAccuracyTests {
  let analyzer = DutchReplyAnalyzer()

  /// The targets of issue 3, checked on one labelled set.
  private func expectTargets(_ set: LabelledSet, _ name: String) {
    let report = EvaluationReport(set: set, analyzer: analyzer)
    let families = report.families
    #expect(families[.ikBoodschap]!.f1 >= 0.90, "\(name): F1 ik-boodschap \(families[.ikBoodschap]!.f1)")
    #expect(families[.jijBoodschap]!.f1 >= 0.90, "\(name): F1 jij-boodschap \(families[.jijBoodschap]!.f1)")
    #expect(families[.luisteren]!.f1 >= 0.90, "\(name): F1 luisteren \(families[.luisteren]!.f1)")
    #expect(families[.blokkade]!.f1 >= 0.85, "\(name): F1 blokkade \(families[.blokkade]!.f1)")
    #expect(report.macroF1 >= 0.80, "\(name): macro-F1 \(report.macroF1)\n\(report.rendered())")
  }

  @Test("De doelen gelden op shared/corpus/dev.tsv")
  func devCorpus() throws {
    guard let set = try TestCorpus.devSet() else {
      Issue.record(
        "shared/corpus/dev.tsv niet gevonden: verwacht in ../shared/corpus/ naast de package-map (\(TestCorpus.packageRoot.path))"
      )
      return
    }
    #expect(set.replies.count >= 100)
    expectTargets(set, "dev.tsv")
  }

  @Test(
    "De doelen gelden op elk deel van de eigen testset",
    arguments: ["analyser-set.tsv", "analyser-set2.tsv", "analyser-set3.tsv", "analyser-set4.tsv"])
  func ownSet(_ name: String) throws {
    let set = try TestCorpus.ownSet(name)
    #expect(set.replies.count >= 60)
    expectTargets(set, name)
  }

  /// All parts of the own set, including the held-out part that was measured once and never tuned against.
  static let allOwnSets = [
    "analyser-set.tsv", "analyser-set2.tsv", "analyser-set3.tsv", "analyser-set4.tsv", "analyser-heldout.tsv",
  ]

  @Test("De doelen gelden op de hele eigen testset, met het achtergehouden deel erbij")
  func wholeOwnSet() throws {
    let set = LabelledSet(replies: try Self.allOwnSets.map(TestCorpus.ownSet).flatMap(\.replies))
    #expect(set.replies.count >= 300)
    expectTargets(set, "eigen testset")
  }

  /// Two sets written by teacher educators who had not seen the analyser (200 and 160 replies). Their misses were
  /// used to add general rules of Dutch, so from now on they guard against regressions.
  @Test(
    "De doelen gelden op de blinde sets van lerarenopleiders",
    arguments: ["blind-set.tsv", "blind-set-2.tsv"])
  func blindSet(_ name: String) throws {
    let set = try TestCorpus.ownSet(name)
    #expect(set.replies.count >= 150)
    expectTargets(set, name)
  }

  /// A third blind set (150 replies) by a teacher educator. Its misses showed which general shapes of Dutch were
  /// missing (verbs of blame, feeling verbs, sanctions after a condition, ...); it now guards those levels. The
  /// jij-boodschap stays just under the target: one blame is hidden by a threat in the same sentence.
  @Test("De derde blinde set blijft op het gemeten niveau")
  func thirdBlindSet() throws {
    let set = try TestCorpus.ownSet("blind-set-3.tsv")
    #expect(set.replies.count >= 150)
    let report = EvaluationReport(set: set, analyzer: analyzer)
    let families = report.families
    #expect(families[.ikBoodschap]!.f1 >= 0.89, "F1 ik-boodschap \(families[.ikBoodschap]!.f1)")
    #expect(families[.jijBoodschap]!.f1 >= 0.88, "F1 jij-boodschap \(families[.jijBoodschap]!.f1)")
    #expect(families[.luisteren]!.f1 >= 0.95, "F1 luisteren \(families[.luisteren]!.f1)")
    #expect(families[.blokkade]!.f1 >= 0.95, "F1 blokkade \(families[.blokkade]!.f1)")
    #expect(families[.afronding]!.f1 >= 0.95, "F1 afronding \(families[.afronding]!.f1)")
    #expect(report.macroF1 >= 0.93, "macro-F1 \(report.macroF1)\n\(report.rendered())")
  }

  /// The fourth blind set was measured once, unseen, for the final figure (ik 0.90, jij 0.80, luisteren 0.96,
  /// blokkade 0.87, afronding 1.00, macro 0.877); these floors keep that level. Three misses were fixed after.
  @Test("De vierde blinde set blijft minstens op de ongeziene meting")
  func fourthBlindSet() throws {
    let set = try TestCorpus.ownSet("blind-set-4.tsv")
    #expect(set.replies.count >= 150)
    let report = EvaluationReport(set: set, analyzer: analyzer)
    let families = report.families
    #expect(families[.ikBoodschap]!.f1 >= 0.89, "F1 ik-boodschap \(families[.ikBoodschap]!.f1)")
    #expect(families[.jijBoodschap]!.f1 >= 0.80, "F1 jij-boodschap \(families[.jijBoodschap]!.f1)")
    #expect(families[.luisteren]!.f1 >= 0.95, "F1 luisteren \(families[.luisteren]!.f1)")
    #expect(families[.blokkade]!.f1 >= 0.86, "F1 blokkade \(families[.blokkade]!.f1)")
    #expect(families[.afronding]!.f1 >= 0.95, "F1 afronding \(families[.afronding]!.f1)")
    #expect(report.macroF1 >= 0.87, "macro-F1 \(report.macroF1)\n\(report.rendered())")
  }

  /// The fifth set: jij-boodschappen (habitual failure, judging verbs and adjectives, rhetorical blame, blame late
  /// in a long reply) and close look-alikes (facts, reflections, paraphrases, reports, advice, denied blame). First
  /// measured at jij-boodschap F1 0.82, before the rules it led to.
  @Test("De vijfde set met jij-boodschappen en bijna-jij-boodschappen blijft op het bereikte niveau")
  func fifthSet() throws {
    let set = try TestCorpus.ownSet("analyser-set5.tsv")
    #expect(set.replies.count >= 100)
    let report = EvaluationReport(set: set, analyzer: analyzer)
    let families = report.families
    #expect(families[.jijBoodschap]!.f1 >= 0.95, "F1 jij-boodschap \(families[.jijBoodschap]!.f1)")
    #expect(families[.jijBoodschap]!.precision >= 0.95, "precisie jij-boodschap \(families[.jijBoodschap]!.precision)")
    #expect(families[.luisteren]!.f1 >= 0.90, "F1 luisteren \(families[.luisteren]!.f1)")
    #expect(families[.blokkade]!.f1 >= 0.90, "F1 blokkade \(families[.blokkade]!.f1)")
  }

  /// The fifth blind set (35 jij-boodschappen and 35 look-alikes) was measured once, unseen, after the last change
  /// to the analyser: jij-boodschap 0.93 (precision 0.97, recall 0.89), blokkade 0.95, macro 0.978.
  @Test("De vijfde blinde set (jij-boodschappen) haalt het doel voor de jij-boodschap")
  func fifthBlindSet() throws {
    let set = try TestCorpus.ownSet("blind-set-5.tsv")
    #expect(set.replies.count >= 120)
    let report = EvaluationReport(set: set, analyzer: analyzer)
    let families = report.families
    #expect(families[.jijBoodschap]!.f1 >= 0.90, "F1 jij-boodschap \(families[.jijBoodschap]!.f1)")
    #expect(families[.jijBoodschap]!.precision >= 0.95, "precisie jij-boodschap \(families[.jijBoodschap]!.precision)")
    #expect(families[.luisteren]!.f1 >= 0.95, "F1 luisteren \(families[.luisteren]!.f1)")
    #expect(families[.blokkade]!.f1 >= 0.90, "F1 blokkade \(families[.blokkade]!.f1)")
    #expect(report.macroF1 >= 0.95, "macro-F1 \(report.macroF1)\n\(report.rendered())")
  }

  @Test("Elke marker uit het contract komt voor in de eigen testset en wordt herkend")
  func everyMarkerCovered() throws {
    let sets = try Self.allOwnSets.map(TestCorpus.ownSet)
    let all = LabelledSet(replies: sets.flatMap(\.replies))
    let report = EvaluationReport(set: all, analyzer: analyzer)
    for marker in Marker.allCases {
      let score = report.markers[marker]!
      #expect(score.support >= 3, "te weinig voorbeelden van \(marker.rawValue)")
      #expect(score.truePositives >= 1, "\(marker.rawValue) wordt nooit herkend")
    }
  }
}
