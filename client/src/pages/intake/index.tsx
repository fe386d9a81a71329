// The intake: one question per screen (the table in steps.ts), progress and back navigation, answers saved on
// every tap so an interrupted intake resumes where it stopped. A typical job change takes 7 taps.
import { useEffect } from 'react';
import { View, Text } from '@tarojs/components';
import { AS_BUTTON, Page, useCare } from '../../components/common';
import { Button } from '../../components/Button';
import { stepOf } from './steps';
import { useIntake, type ServerError } from './useIntake';
import '../../components/fields.scss';
import './index.scss';

function Progress({ index, total, step, onBack }: { index: number; total: number; step: string; onBack: () => void }) {
  return (
    <View>
      <View className="topbar">
        <View id="back" className="topbar__back tap" {...AS_BUTTON} onClick={onBack}>
          ‹ {index === 0 ? '返回' : '上一步'}
        </View>
        <Text id="progress" className="topbar__progress" data-step={step} data-index={index + 1} data-total={total}>
          第 {index + 1} 步，共 {total} 步
        </Text>
      </View>
      <View className="progress">
        <View className="progress__bar" style={{ width: `${Math.round(((index + 1) / total) * 100)}%` }} />
      </View>
    </View>
  );
}

function ServerErrorBox({
  error,
  fieldError,
  onCity,
}: {
  error: ServerError;
  fieldError?: string;
  onCity: (name: string) => void;
}) {
  return (
    <View id="error" className="error-box">
      {error.suggestions.length > 0 ? (
        <View>
          <Text className="block">你要找的是不是：</Text>
          <View className="chips">
            {error.suggestions.map((name, i) => (
              <View
                key={name}
                id={`suggestion-${i}`}
                className="chip tap suggestion"
                data-name={name}
                {...AS_BUTTON}
                onClick={() => onCity(name)}
              >
                {name}
              </View>
            ))}
          </View>
        </View>
      ) : null}
      {error.message !== fieldError ? <Text className="block">{error.message}</Text> : null}
    </View>
  );
}

/**
 * H5: the result screen's code (its page chunk and the report's cards, ~27 KB) is fetched and run while the
 * intake is being answered, so 查看结果 waits only for the evaluation (issue 21). It is what app.config's
 * preloadRule does for the weapp's result subpackage; the branch is dropped from the weapp build.
 */
function usePreloadResult() {
  useEffect(() => {
    // A constant condition around the import: the weapp build drops the branch before bundling it (webpack),
    // so the result subpackage stays out of the main package.
    if (process.env.TARO_ENV === 'h5') {
      const timer = setTimeout(() => void import('../result/index').catch(() => undefined), 0);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, []);
}

export default function Intake() {
  usePreloadResult();
  const [care] = useCare();
  const { a, steps, index, step, errors, serverError, busy, answer, goPrev, restart, submit, chooseCity } = useIntake();
  const current = stepOf(step);
  const hint = current.hint(a);
  const fieldError = errors[step];
  const Ask = current.Component;
  return (
    <Page care={care} id="intake">
      <Progress index={index} total={steps.length} step={step} onBack={goPrev} />
      {a.forFamily ? (
        <View id="family-banner" className="banner">
          正在帮家人查：下面都按家人的情况选。
        </View>
      ) : null}
      <View id={`step-${step}`} className="step" data-step={step}>
        <Text className="h1">{current.title(a)}</Text>
        {hint ? <Text className="step-hint">{hint}</Text> : <View className="step-hint" />}
        <Ask a={a} answer={answer} />
        {fieldError ? (
          <View id={`error-${step}`} className="field-error" data-field={step}>
            {fieldError}
          </View>
        ) : null}
        {serverError && serverError.step === step ? (
          <ServerErrorBox error={serverError} fieldError={fieldError} onCity={chooseCity} />
        ) : null}
        <StepFoot
          done={current.isDone(a)}
          last={step === 'concerns'}
          first={index === 0}
          busy={busy}
          onNext={() => answer({})}
          onSubmit={() => submit()}
          onRestart={restart}
        />
      </View>
    </Page>
  );
}

function StepFoot(p: {
  done: boolean;
  last: boolean;
  first: boolean;
  busy: boolean;
  onNext: () => void;
  onSubmit: () => void;
  onRestart: () => void;
}) {
  return (
    <View className="step-foot">
      {p.last ? (
        <Button id="submit" kind="primary" busy={p.busy} onTap={p.onSubmit}>
          {p.busy ? '正在计算…' : '查看结果'}
        </Button>
      ) : p.done ? (
        <Button id="next" kind="primary" onTap={p.onNext}>
          下一步
        </Button>
      ) : null}
      {!p.first ? (
        <View id="restart" className="link tap mt" {...AS_BUTTON} onClick={p.onRestart}>
          从头填写
        </View>
      ) : null}
    </View>
  );
}
