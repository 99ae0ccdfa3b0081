#pragma once

#include <QString>

namespace ParcelDesk::Bench {

struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    double baseline = 0;
    double goal = 0; // the smallest acceptable ratio of value to baseline, or value (see below)
    bool goalIsAbsolute = false; // the goal is a minimum for the value itself
    QString description;
    bool goalIsMaximum = false; // the goal is a maximum for the value itself (times, memory)
};

// Prints the figure beside its baseline and merges it into the JSON list at jsonPath (replacing
// an entry of the same name), so scripts/bench can collect every benchmark's figures in one file.
bool report(const Figure &figure, const QString &jsonPath);

} // namespace ParcelDesk::Bench
