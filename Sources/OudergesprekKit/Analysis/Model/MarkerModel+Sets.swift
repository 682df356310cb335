extension MarkerModel {
  /// A labelled set with the name it is reported by (its file name).
  public struct NamedSet: Sendable {
    public var name: String
    public var set: LabelledSet

    public init(name: String, set: LabelledSet) {
      self.name = name
      self.set = set
    }
  }

  /// How the model does on one set it did not learn from, beside the rules alone on the same set.
  public struct HeldOut: Sendable {
    public var name: String
    public var rules: EvaluationReport
    public var model: EvaluationReport
  }

  /// The examples of `sets`, with the findings of `rules` (the analyser without the model) as features.
  public static func examples(_ sets: [NamedSet], rules: some ReplyAnalyzer) -> [[Example]] {
    sets.map { named in
      named.set.replies.map { reply in
        Example(features: ReplyFeatures(text: reply.text, rules: rules.analyze(reply.text)), markers: reply.markers)
      }
    }
  }

  /// The examples and counter-examples the rules of `lexicon` declare, each judged on its rule's marker only: what
  /// a teacher educator wrote down about a sentence shape, the model learns too.
  public static func examples(declaredIn lexicon: LanguageLexicon, rules: some ReplyAnalyzer) -> [Example] {
    lexicon.rules.flatMap { rule -> [Example] in
      guard case .marker(let marker) = rule.target else { return [] }
      let shown = rule.examples.map { text in
        Example(features: ReplyFeatures(text: text, rules: rules.analyze(text)), markers: [marker], judged: [marker])
      }
      let notShown = rule.counterExamples.map { text in
        Example(features: ReplyFeatures(text: text, rules: rules.analyze(text)), markers: [], judged: [marker])
      }
      return shown + notShown
    }
  }

  /// The model trained on every set and on the lexicon's declared examples, the sets taken in the order of their
  /// names: the same sets give the same model, in whatever order a shell lists them.
  public static func train(
    on sets: [NamedSet], rules: some ReplyAnalyzer, lexicon: LanguageLexicon = .dutch, setting: Setting = .shipped
  ) -> MarkerModel {
    let ordered = sets.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    return train(
      examples(ordered, rules: rules).flatMap { $0 } + examples(declaredIn: lexicon, rules: rules),
      epochs: setting.epochs, minimumCount: setting.minimumCount, margin: setting.margin)
  }

  /// Leave one set out: for each set, a model trained on all the others, scored on it, beside the rules alone.
  /// This is how well the model generalises to replies written by someone else.
  public static func heldOut(
    _ sets: [NamedSet], rules: some ReplyAnalyzer, lexicon: LanguageLexicon = .dutch, setting: Setting = .shipped
  ) -> [HeldOut] {
    let declared = Self.examples(declaredIn: lexicon, rules: rules)
    let examples = Self.examples(sets, rules: rules)
    let findings = sets.map { named in named.set.replies.map { rules.analyze($0.text) } }
    return sets.indices.map { held in
      let model = train(
        examples.indices.filter { $0 != held }.flatMap { examples[$0] } + declared, epochs: setting.epochs,
        minimumCount: setting.minimumCount, margin: setting.margin)
      var byRules = EvaluationReport(set: LabelledSet(replies: []), analyzer: rules)
      var byModel = byRules
      for (reply, found) in zip(sets[held].set.replies, findings[held]) {
        byRules.add(reply, analysis: found)
        byModel.add(reply, analysis: model.correct(found, ruleKeep: setting.ruleKeep))
      }
      return HeldOut(name: sets[held].name, rules: byRules, model: byModel)
    }
  }

  /// The data file `MarkerModelWeights.swift` as the project ships it.
  public var swiftSource: String {
    """
    // swift-format-ignore-file
    // Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

    /// The weights of the shipped marker model, one `feature|marker|weight` per line.
    enum MarkerModelWeights {
      static let text = #\"\"\"
    \(fileText)
    \"\"\"#
    }

    """
  }
}
