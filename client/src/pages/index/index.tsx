import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input, Button } from '@tarojs/components'
import { callFunction } from '../../services/cloud'
import {
  isEvaluateError,
  isReport,
  type Concern,
  type EvaluateResponse,
  type GapReason,
  type Report,
  type Scheme,
  type Situation
} from '../../types/contract'
import {
  FEASIBLE,
  ITEM_NAME,
  OPTION_NAME,
  OUTCOME,
  REASONS,
  RULES_LEVEL,
  SCHEMES,
  STATUS,
  formatMoney,
  label,
  normalizeMonth
} from '../../utils/labels'
import './index.scss'

type FieldKey = 'city' | 'scheme' | 'from' | 'to' | 'reason'
type FieldErrors = Partial<Record<FieldKey, string>>

interface ShownError {
  code: string
  message: string
  suggestions: string[]
}

const CONCERNS: Concern[] = ['medical', 'pension']
// H5: makes aria-disabled meaningful on <taro-button-core> (assistive tech, Playwright's toBeDisabled).
// Not a declared ButtonProps field, hence the spread.
const BUTTON_ROLE = { role: 'button' }
const MONTH_FORMAT_MESSAGE = '月份请按“年-月”填写，例如 2020-01'

/** Maps a contract error field ("city", "periods[0].from" …) to the form field that shows it. */
function fieldOf(field: string | undefined): FieldKey | null {
  if (!field) return null
  if (field === 'city') return 'city'
  if (field === 'gapReason') return 'reason'
  const m = /^periods(?:\[0\])?(?:\.(\w+))?$/.exec(field)
  if (m) {
    if (m[1] === 'to') return 'to'
    if (m[1] === 'scheme') return 'scheme'
    return 'from'
  }
  return null
}

function inputValue(e: { detail: { value: string } }): string {
  return e.detail.value
}

export default function Index() {
  const [city, setCity] = useState('')
  const [scheme, setScheme] = useState<Scheme>('employee')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [reason, setReason] = useState<GapReason | null>(null)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [error, setError] = useState<ShownError | null>(null)
  const [loading, setLoading] = useState(false)
  const [report, setReport] = useState<Report | null>(null)
  const requestNo = useRef(0)

  const clearFieldError = (key: FieldKey) => {
    if (fieldErrors[key]) setFieldErrors({ ...fieldErrors, [key]: undefined })
  }

  const validate = (): { situation: Situation | null; errors: FieldErrors } => {
    const errors: FieldErrors = {}
    const cityName = city.trim()
    if (!cityName) errors.city = '请填写城市，例如 武汉'
    let fromMonth: string | null = null
    if (!from.trim()) {
      errors.from = '请填写开始缴费的月份，例如 2020-01'
    } else {
      fromMonth = normalizeMonth(from)
      if (!fromMonth) errors.from = MONTH_FORMAT_MESSAGE
    }
    let toMonth: string | null = null
    if (to.trim()) {
      toMonth = normalizeMonth(to)
      if (!toMonth) errors.to = MONTH_FORMAT_MESSAGE
    }
    if (Object.keys(errors).length > 0 || !fromMonth) return { situation: null, errors }
    const situation: Situation = {
      city: cityName,
      periods: [{ scheme, from: fromMonth, to: toMonth }],
      concerns: CONCERNS
    }
    if (reason) situation.gapReason = reason
    return { situation, errors }
  }

  const submit = async () => {
    if (loading) return
    const { situation, errors } = validate()
    setFieldErrors(errors)
    setReport(null)
    if (!situation) {
      const first = errors.city || errors.from || errors.to || '请检查填写的内容'
      setError({ code: 'CLIENT', message: first, suggestions: [] })
      return
    }
    setError(null)
    setLoading(true)
    const no = ++requestNo.current
    try {
      const res = await callFunction<EvaluateResponse>('evaluate', situation)
      if (no !== requestNo.current) return
      if (isEvaluateError(res)) {
        const { code, field, message, suggestions } = res.error
        const text = message || '查询失败，请稍后重试'
        setError({ code, message: text, suggestions: Array.isArray(suggestions) ? suggestions : [] })
        const key = fieldOf(field)
        if (key) setFieldErrors({ [key]: text })
      } else if (isReport(res)) {
        setReport(res)
        setTimeout(() => {
          Taro.pageScrollTo({ selector: '#report', duration: 300 }).catch(() => undefined)
        }, 50)
      } else {
        setError({ code: 'INTERNAL', message: '服务返回的结果无法识别，请稍后重试', suggestions: [] })
      }
    } catch (e) {
      if (no !== requestNo.current) return
      const message = e instanceof Error && e.message ? e.message : '网络异常，请稍后重试'
      setError({ code: 'NETWORK', message, suggestions: [] })
    } finally {
      if (no === requestNo.current) setLoading(false)
    }
  }

  const pickSuggestion = (name: string) => {
    setCity(name)
    setFieldErrors({ ...fieldErrors, city: undefined })
    setError(null)
  }

  return (
    <View className='page'>
      <View className='intro'>
        <Text className='intro__title'>医保断缴了怎么办？</Text>
        <Text className='intro__text'>填写城市和缴费时间，看看现在还能不能报销、该怎么补救。</Text>
      </View>

      <View className='card form'>
        <View className='field'>
          <Text className='field__label'>参保城市</Text>
          <Input
            id='city'
            className={fieldErrors.city ? 'input input--error' : 'input'}
            type='text'
            placeholder='例如 武汉'
            value={city}
            maxlength={30}
            confirmType='next'
            onInput={(e) => {
              setCity(inputValue(e))
              clearFieldError('city')
            }}
          />
          {fieldErrors.city && (
            <View id='error-city' className='field-error'>
              {fieldErrors.city}
            </View>
          )}
        </View>

        <View className='field'>
          <Text className='field__label'>参保类型</Text>
          <View className='choices'>
            {SCHEMES.map((s) => {
              const selected = scheme === s.key
              return (
                <View
                  key={s.key}
                  id={`scheme-${s.key}`}
                  className={selected ? 'choice choice--active' : 'choice'}
                  data-selected={selected ? 'true' : 'false'}
                  onClick={() => {
                    setScheme(s.key)
                    clearFieldError('scheme')
                  }}
                >
                  <View className={selected ? 'radio radio--on' : 'radio'} />
                  <View className='choice__body'>
                    <Text className='choice__label'>{s.label}</Text>
                    <Text className='choice__hint'>{s.hint}</Text>
                  </View>
                </View>
              )
            })}
          </View>
          {fieldErrors.scheme && (
            <View id='error-scheme' className='field-error'>
              {fieldErrors.scheme}
            </View>
          )}
        </View>

        <View className='field'>
          <Text className='field__label'>缴费时间</Text>
          <View className='months'>
            <View className='months__col'>
              <Text className='months__caption'>从</Text>
              <Input
                id='from'
                className={fieldErrors.from ? 'input input--error' : 'input'}
                type='text'
                placeholder='2020-01'
                value={from}
                maxlength={10}
                onInput={(e) => {
                  setFrom(inputValue(e))
                  clearFieldError('from')
                }}
              />
            </View>
            <View className='months__col'>
              <Text className='months__caption'>到</Text>
              <Input
                id='to'
                className={fieldErrors.to ? 'input input--error' : 'input'}
                type='text'
                placeholder='至今'
                value={to}
                maxlength={10}
                onInput={(e) => {
                  setTo(inputValue(e))
                  clearFieldError('to')
                }}
              />
            </View>
          </View>
          {fieldErrors.from && (
            <View id='error-from' className='field-error'>
              {fieldErrors.from}
            </View>
          )}
          {fieldErrors.to && (
            <View id='error-to' className='field-error'>
              {fieldErrors.to}
            </View>
          )}
          <Text className='field__hint'>按“年-月”填写；还在交就把“到”空着。</Text>
        </View>

        <View className='field'>
          <Text className='field__label'>为什么断缴（可不选）</Text>
          <View className='chips'>
            {REASONS.map((r) => {
              const selected = reason === r.key
              return (
                <View
                  key={r.key}
                  id={`reason-${r.key}`}
                  className={selected ? 'chip chip--active' : 'chip'}
                  data-selected={selected ? 'true' : 'false'}
                  onClick={() => {
                    setReason(selected ? null : r.key)
                    clearFieldError('reason')
                  }}
                >
                  {r.label}
                </View>
              )
            })}
          </View>
          {fieldErrors.reason && (
            <View id='error-reason' className='field-error'>
              {fieldErrors.reason}
            </View>
          )}
        </View>

        <Button
          id='submit'
          className={loading ? 'submit submit--busy' : 'submit'}
          {...BUTTON_ROLE}
          disabled={loading}
          aria-disabled={loading}
          onClick={submit}
        >
          查询
        </Button>
        {loading && (
          <View id='loading' className='loading'>
            正在计算…
          </View>
        )}
      </View>

      {error && (
        <View id='error' className='card error'>
          <Text className='error__text'>{error.message}</Text>
          {error.suggestions.length > 0 && (
            <View className='suggestions'>
              <Text className='suggestions__title'>你要找的是不是：</Text>
              <View className='chips'>
                {error.suggestions.map((name, i) => (
                  <View
                    key={name}
                    id={`suggestion-${i}`}
                    className='chip suggestion'
                    data-name={name}
                    onClick={() => pickSuggestion(name)}
                  >
                    {name}
                  </View>
                ))}
              </View>
            </View>
          )}
        </View>
      )}

      {report && <ReportView report={report} />}
    </View>
  )
}

function ReportView({ report }: { report: Report }) {
  const { region, medical } = report
  const options = report.options ?? []
  const items = report.items ?? []
  const actions = report.actions ?? []
  const notices = report.notices ?? []
  const sources = report.sources ?? []
  const holes = medical.holeMonths ?? []
  const gaps = medical.gaps ?? []

  return (
    <View id='report' className='report'>
      <View className='card'>
        <View className='report__head'>
          <Text id='region' className='report__region'>
            {region.name}
          </Text>
          <Text id='rules-level' className={`badge badge--${region.rulesLevel}`}>
            {label(RULES_LEVEL, region.rulesLevel)}
          </Text>
        </View>
        {report.asOf && <Text className='muted'>按 {report.asOf} 的情况计算</Text>}
        <Text className='section__title'>医保现在的状态</Text>
        <View id='status' className={`status status--${medical.status}`} data-status={medical.status}>
          {label(STATUS, medical.status)}
        </View>
        {medical.waiting && (
          <View id='waiting' className='line'>
            等待期 {medical.waiting.months} 个月，{medical.waiting.benefitsFrom} 起可以报销
          </View>
        )}
      </View>

      <View className='card'>
        <Text className='section__title'>断缴情况</Text>
        {gaps.length === 0 ? (
          <View className='line'>没有断缴</View>
        ) : (
          <View id='gaps'>
            {gaps.map((g) => (
              <View key={`${g.from}-${g.to}`} className='gap line'>
                {g.ongoing ? `${g.from} 至今，已断缴 ${g.months} 个月` : `${g.from} 至 ${g.to}，断缴 ${g.months} 个月`}
              </View>
            ))}
          </View>
        )}
        <View id='hole-months' className='line'>
          看病不能报销的月份：{holes.length} 个月
          {holes.length > 0 && holes.length <= 12 ? `（${holes.join('、')}）` : ''}
        </View>
      </View>

      {options.length > 0 && (
        <View className='card'>
          <Text className='section__title'>现在可以怎么补救</Text>
          {options.map((o) => (
            <View key={o.key} className={`option feasible--${o.feasible}`} data-key={o.key}>
              <View className='option__head'>
                <Text className='option__name'>{label(OPTION_NAME, o.key)}</Text>
                <Text className={`tag tag--${o.feasible}`}>{label(FEASIBLE, o.feasible)}</Text>
              </View>
              {o.deadline && <View className='line'>截止日期：{o.deadline}</View>}
              {typeof o.waitingMonths === 'number' && (
                <View className='line'>
                  {o.waitingMonths > 0 ? `等待期 ${o.waitingMonths} 个月` : '没有等待期'}
                </View>
              )}
              {o.benefitsFrom && <View className='line'>{o.benefitsFrom} 起可以报销</View>}
              {typeof o.retroactive === 'boolean' && (
                <View className='line'>
                  {o.retroactive ? '补缴后，断缴期间的医药费可以补报' : '断缴期间的医药费不能补报'}
                </View>
              )}
              {o.cost && typeof o.cost.amount === 'number' && (
                <View className='line cost'>
                  大约花费 {formatMoney(o.cost.amount)} 元
                  {o.cost.lateFee ? `（含滞纳金 ${formatMoney(o.cost.lateFee)} 元）` : ''}
                  {o.cost.basis ? `，计算方法：${o.cost.basis}` : ''}
                </View>
              )}
            </View>
          ))}
        </View>
      )}

      {items.length > 0 && (
        <View className='card'>
          <Text className='section__title'>断缴会影响什么</Text>
          {items.map((it) => (
            <View key={it.key} className={`item outcome--${it.outcome}`} data-key={it.key}>
              <View className='item__head'>
                <Text className='item__name'>{label(ITEM_NAME, it.key)}</Text>
                <Text className={`tag tag--${it.outcome}`}>{label(OUTCOME, it.outcome)}</Text>
              </View>
              {it.summary && <View className='line'>{it.summary}</View>}
            </View>
          ))}
        </View>
      )}

      {actions.length > 0 && (
        <View className='card'>
          <Text className='section__title'>接下来要做的事</Text>
          {actions.map((a) => (
            <View key={a.key} className='action' data-key={a.key}>
              <Text className='action__title'>{a.title}</Text>
              {a.due && <Text className='action__due'>截止 {a.due}</Text>}
            </View>
          ))}
        </View>
      )}

      {notices.length > 0 && (
        <View id='notices' className='card notices'>
          <Text className='section__title'>请注意</Text>
          {notices.map((n, i) => (
            <View key={i} className='notice line'>
              {n}
            </View>
          ))}
        </View>
      )}

      {sources.length > 0 && (
        <View className='card'>
          <Text className='section__title'>政策依据</Text>
          {sources.map((s) => (
            <View key={s.id} className='source line' data-id={s.id}>
              {s.title}
              {s.docNo ? `（${s.docNo}）` : ''}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
