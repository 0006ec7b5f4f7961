package org.cbm.policy.ui;

import java.util.List;
import org.cbm.policy.PolicyValues;

/** The policy weights as the coordinator edits them, field by field, with a note on why they changed. */
class PolicyForm {

    private Integer tier1;
    private Integer tier2;
    private Integer tier3;
    private Integer tier4;
    private Integer concentrationCapPercent;
    private Integer concentrationPenalty;
    private Integer stabilityPenalty;
    private Integer interestBonus;
    private String note = "";

    static PolicyForm of(PolicyValues values) {
        PolicyForm form = new PolicyForm();
        form.tier1 = values.tierWeights().get(0);
        form.tier2 = values.tierWeights().get(1);
        form.tier3 = values.tierWeights().get(2);
        form.tier4 = values.tierWeights().get(3);
        form.concentrationCapPercent = values.concentrationCapPercent();
        form.concentrationPenalty = values.concentrationPenalty();
        form.stabilityPenalty = values.stabilityPenalty();
        form.interestBonus = values.interestBonus();
        return form;
    }

    PolicyValues values() {
        return new PolicyValues(List.of(tier1, tier2, tier3, tier4), concentrationCapPercent, concentrationPenalty,
                stabilityPenalty, interestBonus);
    }

    Integer getTier1() {
        return tier1;
    }

    void setTier1(Integer tier1) {
        this.tier1 = tier1;
    }

    Integer getTier2() {
        return tier2;
    }

    void setTier2(Integer tier2) {
        this.tier2 = tier2;
    }

    Integer getTier3() {
        return tier3;
    }

    void setTier3(Integer tier3) {
        this.tier3 = tier3;
    }

    Integer getTier4() {
        return tier4;
    }

    void setTier4(Integer tier4) {
        this.tier4 = tier4;
    }

    Integer getConcentrationCapPercent() {
        return concentrationCapPercent;
    }

    void setConcentrationCapPercent(Integer concentrationCapPercent) {
        this.concentrationCapPercent = concentrationCapPercent;
    }

    Integer getConcentrationPenalty() {
        return concentrationPenalty;
    }

    void setConcentrationPenalty(Integer concentrationPenalty) {
        this.concentrationPenalty = concentrationPenalty;
    }

    Integer getStabilityPenalty() {
        return stabilityPenalty;
    }

    void setStabilityPenalty(Integer stabilityPenalty) {
        this.stabilityPenalty = stabilityPenalty;
    }

    Integer getInterestBonus() {
        return interestBonus;
    }

    void setInterestBonus(Integer interestBonus) {
        this.interestBonus = interestBonus;
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}
