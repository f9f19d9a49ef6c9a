#pragma once

#include <QString>
#include <QVector>

namespace waymark {

struct StarArea {
    QString key;
    QString name;
    QString description;
};

struct StarStage {
    int from = 1;
    int to = 1;
    QString name;
};

// An Outcome Star template: data, so an organisation can load the star it is licensed to use.
struct StarTemplate {
    QString id;
    QString name;
    int scaleMin = 1;
    int scaleMax = 10;
    QVector<StarArea> areas;
    QVector<StarStage> stages;

    // The stage a score falls in, or an empty string.
    QString stageFor(int score) const
    {
        for (const StarStage& s : stages) {
            if (score >= s.from && score <= s.to)
                return s.name;
        }
        return {};
    }
};

} // namespace waymark
