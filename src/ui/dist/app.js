var ve,Ci,Oc,sn,eo,es,Ti,Zl,Ei,no,to,Fc,kl=Symbol.for("pv"),ts={},ns=[],Vc=/^m(i|n|o|s|text|space)$/,lo=Array.isArray,so=ns.slice,kn=Object.assign;function xn(e){e&&e.parentNode&&e.remove()}function Ai(e,t,l){var n,s,i,r={},c=arguments.length;for(i in t)i=="key"?n=t[i]:i=="ref"&&typeof e!="function"?s=t[i]:r[i]=t[i];return c>2&&(r.children=c>3?so.call(arguments,2):l),xl(e,r,n,s,null)}function xl(e,t,l,n,s){var i={type:e,props:t,key:l,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:kl,__v:s||++Ci,__i:-1,__u:0};return!s&&ve.vnode&&ve.vnode(i),i}function ls(e){return e.children}function Ql(e,t){this.props=e,this.context=t,this.__g=0}function on(e,t){if(t==null)return e.__&&on(e.__,e.__i+1);for(var l;t<e.__k.length;t++)if((l=e.__k[t])&&l.__e)return l.__e;return typeof e.type!="function"||e.props.__P?null:on(e)}function Hc(e){var t,l=e.__v,n=l.__e,s=[],i=[],r=e.__P;r&&((t=kn({constructor:kl},l)).__v=l.__v+1,ve.vnode&&ve.vnode(t),oo(r,t,l,e.__n,r.namespaceURI,32&l.__u?[n]:null,s,n||on(l),32&l.__u,i),t.__v=l.__v,t.__.__k[t.__i]=t,Ni(s,t,i),l.__=l.__e=null,t.__e!=n&&Mi(t))}function Mi(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Mi(e)}function xi(e){(8&e.__g||(e.__g|=8,sn.push(e),es++))&&eo==ve.debounceRendering||((eo=ve.debounceRendering)||queueMicrotask)(Di)}function Di(){try{for(var e,t=1;sn.length;)sn.length>t&&sn.sort(Ti),e=sn.shift(),t=sn.length,8&e.__g&&Hc(e)}finally{(es=sn.length)&&(eo||queueMicrotask)(Di)}}function Pi(e,t,l,n,s,i,r,c,u,m,d){var h,_,g,S,E,T,A=n.__k||ns,y=t.length;for(u=zc(l,t,A,u,y),h=0;h<y;h++)(g=l.__k[h])!=null&&(_=~g.__i&&A[g.__i]||ts,g.__i=h,T=oo(e,g,_,s,i,r,c,u,m,d),S=g.__e,(_.ref!=g.ref||8&_.__u)&&(_.ref&&io(_.ref,null,g,_),g.ref&&d.push(g.ref,g.__c||S,g)),E=E||S,4&g.__u?(u=Li(g,u,e,!_.__v),_.__e&&(_.__e=null)):typeof g.type=="function"&&T!==void 0?u=T:S&&(u=S.nextSibling),g.__u&=-21);return l.__e=E,u}function zc(e,t,l,n,s){var i,r,c,u,m,d,h,_,g,S=l.length,E=S,T=0,A=0,y=e.__k=Array(s);for(i=0;i<s;i++)(r=t[i])!=null&&typeof r!="boolean"&&typeof r!="function"?(typeof r!="object"||r.constructor===String?r=y[i]=xl(null,r):lo(r)?r=y[i]=xl(ls,{children:r}):r.constructor===kl&&r.__b?r=y[i]=xl(r.type,r.props,r.key,r.ref,r.__v):y[i]=r,u=i+T,r.__=e,r.__b=e.__b+1,c=null,~(m=r.__i=Wc(r,l,u,E))&&(E--,(c=l[m])&&(c.__u|=2)),c&&c.__v?(r.__u|=16,m==u-1?T--:m==u+1?T++:m!=u&&(m>u?T--:T++,A=1)):(~m||(s>S?T--:s<S&&T++),typeof r.type!="function"&&(r.__u|=4))):y[i]=null;if(A){for(d=[],h=[],i=0;i<s;i++)if((r=y[i])&&16&r.__u){for(T=0,_=d.length;T<_;)d[g=T+_>>1]<r.__i?T=g+1:_=g;d[T]=r.__i,h[i]=T+1}for(T=d.length;i--;)h[i]&&(h[i]==T?T--:y[i].__u|=4)}if(E)for(i=0;i<S;i++)!(c=l[i])||2&c.__u||(c.__e==n&&(n=on(c)),ro(c,c));return n}function Li(e,t,l,n){var s,i,r,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(i=0;i<s.length;i++)s[i]&&(s[i].__=e,t=Li(s[i],t,l,!1));return t}for(t&&!t.parentNode&&(t=on(e))&&!t.parentNode&&(t=null),r=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(r!=c&&(!n&&l.moveBefore&&r.parentNode?l.moveBefore(r,t):l.insertBefore(r,t||null)),t=r;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Wc(e,t,l,n){var s,i=e.key,r=e.type,c=t[l],u=c&&!(2&c.__u);if(c===null&&i==null||u&&i==c.key&&r==c.type)return l;if(n>(u?1:0)){for(s=l-1;s>=0;s--)if((c=t[s])&&!(2&c.__u)&&i==c.key&&r==c.type)return s;for(s=l+1;s<t.length;s++)if((c=t[s])&&!(2&c.__u)&&i==c.key&&r==c.type)return s}return-1}function ki(e,t,l){l==null&&(l=""),t[0]=="-"?e.setProperty(t,l):e[t]=l}function ql(e,t,l,n,s){var i,r;if(t=="style")if(typeof l=="string")e.style.cssText=l;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)l&&t in l||ki(e.style,t);if(l)for(t in l)n&&l[t]==n[t]||ki(e.style,t,l[t])}else if(t[0]=="o"&&t[1]=="n")typeof l!="function"&&(l=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=l,l&&n||(r=to[t]||(to[t]=Uc(t)),(e.__a||(e.__a={}))[t]=no,i=t!=(t=t.replace(Ei,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),l?e.addEventListener(t,r,i):e.removeEventListener(t,r,i));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=l??"")}catch{}if(typeof l=="function")return;l==null||l===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&l==1?"":l)}}function Uc(e){return function(t){var l=this.__e;if(l){if(l=l[e],t[Zl]==null)t[Zl]=no++;else if(t[Zl]<this.__a[e])return;return l(ve.event?ve.event(t):t)}}}function oo(e,t,l,n,s,i,r,c,u,m){var d,h,_,g,S,E,T,A,y,P,k,H,C,J,G,Z,z,w,V=t.type;if(t.constructor!==kl)return null;128&l.__u&&(u=32&l.__u,d=l.__c.__z)&&(t.__u|=u,h=i=[],d.nodeType==8?c=Xl(d,i):i.push(d),c=i[0]||c),(d=ve.__b)&&d(t);e:if(typeof V=="function"){_=r.length;try{if(A=t.props,y=(d=V.prototype)&&d.render,P=(d=V.contextType)&&n[d.__c],k=d?P?P.props.value:d.__:n,(g=l.__c)?(t.__c=g,2&g.__g&&(g.__g|=1)):(y?t.__c=g=new V(A,k):(t.__c=g=new Ql(A,k),g.constructor=V,g.render=jc),P&&P.sub(g),g.state||(g.state={}),g.__n=n,g.__g|=8,g.__h=[],g.__k=[]),y&&(g.__s||(g.__s=g.state),V.getDerivedStateFromProps&&(g.__s==g.state&&(g.__s=kn({},g.__s)),kn(g.__s,V.getDerivedStateFromProps(A,g.__s)))),S=g.props,E=g.state,g.__v=t,l.__c){if(A!==S&&y&&!V.getDerivedStateFromProps&&g.componentWillReceiveProps&&g.componentWillReceiveProps(A,k),t.__v==l.__v&&!(8&g.__g)||!(4&g.__g)&&g.shouldComponentUpdate&&g.shouldComponentUpdate(A,g.__s,k)===!1){t.__v!=l.__v&&(g.props=A,g.state=g.__s,g.__g&=-9),t.__e=l.__e,t.__k=l.__k,t.__k.some(function(R){R&&(R.__=t)}),ns.push.apply(g.__h,g.__k),g.__k=[],g.__h.length&&r.push(g),c=on(l);break e}g.componentWillUpdate&&g.componentWillUpdate(A,g.__s,k),y&&g.componentDidUpdate&&g.__h.push(function(){g.componentDidUpdate(S,E,T)})}else y&&!V.getDerivedStateFromProps&&g.componentWillMount&&g.componentWillMount(),y&&g.componentDidMount&&g.__h.push(g.componentDidMount);g.context=k,g.props=A,g.__P=e,g.__g&=-5,H=ve.__r,C=y?25:0;do g.__g&=-9,H&&H(t),d=g.render(g.props,g.state=g.__s,g.context);while(8&g.__g&&++C<25);y&&(ns.push.apply(g.__h,g.__k),g.__k=[]),g.state=g.__s,g.getChildContext&&(n=kn({},n,g.getChildContext())),y&&l.__c&&g.getSnapshotBeforeUpdate&&(T=g.getSnapshotBeforeUpdate(S,E)),J=d&&d.type===ls&&d.key==null?d.props.children:d,A.__P&&(d=c,s=(e=A.__P).namespaceURI,u=i=null,l.props&&l.props.__P!=e&&(l.__k.some(function(R){R&&ro(R,R)}),l.__k=null),c=l.__k?on(l,0):null),c=Pi(e,lo(J)?J:[J],t,l,n,s,i,r,c,u,m),A.__P&&(t.__e=null,c=d),t.__u&=-161,h&&h.some(xn),g.__h.length&&r.push(g),1&g.__g&&(g.__g&=-4)}catch(R){if(r.length=_,t.__v=null,u||i)if(R&&R.then){if(t.__u|=128|u,i){for(~(z=i.indexOf(c||void 0))||(z=i.length);(w=i[z-1])&&w.nodeType==8;)z--;for(;z<i.length;z++)if(w=i[z])if(i[z]=null,G){if(w==Z)break}else{if(w.nodeType!=8)break;w.data.startsWith("$s")&&(Z=Xl(G=w))}}if(!G){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;G=c}(d=Xl(G=t.__c.__z||(t.__c.__z=G)))?(t.__e=G,c=d):t.__e=c,c=c&&c.nextSibling}else i&&i.some(xn);else t.__e=l.__e;t.__k||(t.__k=l.__k||[]),R&&R.then||Ri(t),ve.__e(R,t,l)}}else c=t.__e=Bc(l.__e,t,l,n,s,i,r,u,m,e);return(d=ve.diffed)&&d(t),c}function Xl(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var l=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))l++;else if(e.data.startsWith("/$s")&&!--l)return e}t&&t.push(e)}}function Ri(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Ri))}function Ni(e,t,l){for(var n=0;n<l.length;)io(l[n++],l[n++],l[n++]);ve.__c&&ve.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(i){i.call(s)})}catch(i){ve.__e(i,s.__v)}})}function Bc(e,t,l,n,s,i,r,c,u,m){var d,h,_,g,S,E,T,A,y=l.props||ts,P=t.props,k=t.type;if(k=="svg"?s="http://www.w3.org/2000/svg":k=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),i){for(d=0;d<i.length;d++)if((S=i[d])&&(k?S.localName==k:S.nodeType==3)){e=S,i[d]=null;break}}if(!e){if(A=m.ownerDocument||document,!k)return A.createTextNode(P);e=A.createElementNS(s,k,P.is?P:m),c&&(ve.__m&&ve.__m(t,i),c=!1),i=null}if(k){if(m=k=="template"&&e.content||e,i=k=="textarea"&&P.defaultValue!=null?null:i&&so.call(m.childNodes),!c&&i)for(y={},d=0;d<e.attributes.length;d++)y[(S=e.attributes[d]).name]=S.value;for(d in y)S=y[d],d=="dangerouslySetInnerHTML"?_=S:d=="children"||d in P||d=="value"&&"defaultValue"in P||d=="checked"&&"defaultChecked"in P||ql(e,d,null,S,s);for(d in P)S=P[d],d=="children"?g=S:d=="dangerouslySetInnerHTML"?h=S:d=="value"?E=S:d=="checked"?T=S:c&&typeof S!="function"||y[d]===S||ql(e,d,S,y[d],s);h?(c||_&&(h.__html==_.__html||h.__html==e.innerHTML)||(e.innerHTML=h.__html),t.__k=[]):(_&&(e.textContent=""),(k=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&Vc.test(k))&&(s="http://www.w3.org/1999/xhtml"),Pi(m,lo(g)?g:[g],t,l,n,s,i,r,i?i[0]:l.__k&&on(l,0),c,u),i&&i.some(xn)),c&&k!="textarea"||(d="value",k=="progress"&&E==null?e.removeAttribute(d):E==null||E===e[d]&&(k!="progress"||E)||ql(e,d,E,y[d],s),d="checked",T!=null&&T!=e[d]&&ql(e,d,T,y[d],s))}else y===P||c&&e.data==P||(e.data=P);return e}function io(e,t,l,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){ve.__e(s,l)}}function ro(e,t,l){var n,s,i,r;if(ve.unmount&&ve.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||io(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(c){ve.__e(c,t)}n.__P=n.__n=null}if(n=e.__k)for(r=0;r<n.length;r++)n[r]&&ro(n[r],t,typeof e.type!="function"||l&&!e.props.__P);!l&&(n=e.__c)&&(n=n.__z)&&(s=Xl(n,i=[]))&&(n==e.__e&&i.some(xn),xn(s),xn(n)),l||xn(e.__e),e.__e=e.__c=e.__=null}function jc(e,t,l){return this.constructor(e,l)}function Ii(e,t){var l,n,s,i;ve.__&&ve.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(l=e&&32&e.__u)?null:t.__k,t.__k=xl(ls,{children:[e]}),s=[],i=[],oo(t,t.__k,n||ts,ts,t.namespaceURI,n?null:t.firstChild?so.call(t.childNodes):null,s,n?n.__e:t.firstChild,l,i),Ni(s,t.__k,i),t.__k.props.children=null}ve={__e:function(e,t,l,n){for(var s,i,r;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((r=(i=s.constructor)&&i.getDerivedStateFromError)&&s.setState(i.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,n||{}),r=1),r&&8&s.__g)return void(s.__g|=2)}catch(c){e=c}}throw es=0,e}},Ci=0,Oc=function(e){return e!=null&&e.constructor===kl},Ql.prototype.setState=function(e,t){var l=this.__s;l&&l!=this.state||(l=this.__s=kn({},this.state)),typeof e=="function"&&(e=e(kn({},l),this.props)),e&&(kn(l,e),this.__v&&(t&&this.__k.push(t),xi(this)))},Ql.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),xi(this))},Ql.prototype.render=ls,sn=[],es=0,Ti=function(e,t){return e.__v.__b-t.__v.__b},Zl=Symbol(),Ei=/(PointerCapture)$|Capture$/i,no=0,to={},Fc=0;var Fi=function(e,t,l,n){var s;t[0]=0;for(var i=1;i<t.length;i++){var r=t[i++],c=t[i]?(t[0]|=r?1:2,l[t[i++]]):t[++i];r===3?n[0]=c:r===4?n[1]=Object.assign(n[1]||{},c):r===5?(n[1]=n[1]||{})[t[++i]]=c:r===6?n[1][t[++i]]+=c+"":r?(s=e.apply(c,Fi(e,c,l,["",null])),n.push(s),c[0]?t[0]|=2:(t[i-2]=0,t[i]=s)):n.push(c)}return n},Oi=new Map;function Vi(e){var t=Oi.get(this);return t||(t=new Map,Oi.set(this,t)),(t=Fi(this,t.get(e)||(t.set(e,t=function(l){for(var n,s,i=1,r="",c="",u=[0],m=function(_){i===1&&(_||(r=r.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,_,r):i===3&&(_||r)?(u.push(3,_,r),i=2):i===2&&r==="..."&&_?u.push(4,_,0):i===2&&r&&!_?u.push(5,0,!0,r):i>=5&&((r||!_&&i===5)&&(u.push(i,0,r,s),i=6),_&&(u.push(i,_,0,s),i=6)),r=""},d=0;d<l.length;d++){d&&(i===1&&m(),m(d));for(var h=0;h<l[d].length;h++)n=l[d][h],i===1?n==="<"?(m(),u=[u],i=3):r+=n:i===4?r==="--"&&n===">"?(i=1,r=""):r=n+r[0]:c?n===c?c="":r+=n:n==='"'||n==="'"?c=n:n===">"?(m(),i=1):i&&(n==="="?(i=5,s=r,r=""):n==="/"&&(i<5||l[d][h+1]===">")?(m(),i===3&&(u=u[0]),i=u,(u=u[0]).push(2,0,i),i=0):n===" "||n==="	"||n===`
`||n==="\r"?(m(),i=2):r+=n),i===3&&r==="!--"&&(i=4,u=u[0])}return m(),u}(e)),t),arguments,[])).length>1?t:t[0]}var Yc=Vi,v=Yc.bind(Ai);var Tl,He,ao,Hi,co=Object.is,ss=0,Ki=[],uo=[],Re=ve,zi=Re.__b,Wi=Re.__r,Ui=Re.diffed,Bi=Re.__c,ji=Re.unmount,Gi=Re.__;function po(e,t){Re.__h&&Re.__h(He,e,ss||t),ss=0;var l=He.__H||(He.__H={__:[],__h:[]});return e>=l.__.length&&l.__.push({}),l.__[e]}function L(e){return ss=1,Jc(Zi,e)}function Jc(e,t,l){var n=po(Tl++,2);if(n.t=e,!n.__c&&(n.__=[l?l(t):Zi(void 0,t),function(i){var r=(n.__N||n.__)[0],c=n.t(r,i);co(r,c)||(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=He,!He.__f)){He.__f=!0;var s=He.shouldComponentUpdate;He.shouldComponentUpdate=function(i,r,c){var u=this.__H;if(!u)return!0;var m=!1,d=this.props!=i;if(u.__.some(function(_){_.__N&&(m=!0,co(_.__[0],_.__N[0])||(d=!0))}),s){var h=s.call(this,i,r,c);return m?h||d:h}return!m||d}}return n.__}function ne(e,t){var l=po(Tl++,3);!Re.__s&&qi(l.__H,t)&&(l.__P=!0,l.__=e,l.u=t,He.__H.__h.push(l))}function el(e){return ss=5,ho(function(){return{current:e}},[])}function ho(e,t){var l=po(Tl++,7);return qi(l.__H,t)&&(l.__=e(),l.__H=t),l.__}function Kc(){var e;do{for(;e=uo.shift();)try{Cl(e)}catch(l){Re.__e(l,{__:(e=e.__P)&&e.__v})}for(;e=Ki.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Cl),t.__h.some(fo),t.__h=[]}catch(l){t.__h=[],Re.__e(l,e.__v)}}}while(uo.length)}Re.__b=function(e){He=null,zi&&zi(e)},Re.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Gi&&Gi(e,t)},Re.__r=function(e){Wi&&Wi(e),Tl=0;var t=(He=e.__c).__H;t&&(ao==He?He.__h=[]:(t.__h.some(Cl),t.__h.some(fo),Tl=0),t.__h=[],t.__.some(function(l){l.__N&&(l.__=l.__N),l.u=l.__N=void 0})),ao=He},Re.diffed=function(e){Ui&&Ui(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Ji(Ki.push(t)),t.__H.__.some(function(l){l.u&&(l.__H=l.u)})),ao=He=null},Re.__c=function(e,t){t.some(function(l){try{l.__h.some(Cl),l.__h=l.__h.filter(function(n){return!n.__||fo(n)})}catch(n){l.__h=[function(){throw n}]}}),Bi&&Bi(e,t)},Re.unmount=function(e){ji&&ji(e);var t,l,n=e.__c;n&&n.__H&&(n.__H.__.some(function(s){try{if(s.__P&&s.__c){if(l===void 0){for(l=e.__;l&&(!l.__c||!l.__c.__P);)l=l.__;l=l&&l.__c}s.__P=l,Ji(uo.push(s))}else Cl(s)}catch(i){t=i}}),n.__H=void 0,t&&Re.__e(t,n.__v))};var Yi=typeof requestAnimationFrame=="function";function qc(e){var t,l=function(){clearTimeout(n),Yi&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(l,35);Yi&&(t=requestAnimationFrame(l))}function Ji(e){e!=1&&Hi==Re.requestAnimationFrame||((Hi=Re.requestAnimationFrame)||qc)(Kc)}function Cl(e){var t=He,l=e.__c;typeof l=="function"&&(e.__c=void 0,l()),He=t}function fo(e){var t=He;e.__c=e.__(),He=t}function qi(e,t){return!e||e.length!=t.length||t.some(function(l,n){return!co(l,e[n])})}function Zi(e,t){return typeof t=="function"?t(e):t}var Al,Qi=()=>{},tl=class extends Error{status;code;constructor(t,l,n){super(n),this.status=t,this.code=l}};function Xi(e){Qi=e}function er(e,t={}){let l=new URLSearchParams;for(let[s,i]of Object.entries(t))i!=null&&i!==""&&l.set(s,String(i));let n=l.toString();return n?`${e}?${n}`:e}async function mo(e,t,l){let n={};l!==void 0&&(n["content-type"]="application/json"),e!=="GET"&&Al&&(n["x-switchboard-csrf"]=Al);let s=await fetch(`/api/v1${t}`,{method:e,headers:n,credentials:"same-origin",...l!==void 0?{body:JSON.stringify(l)}:{}});if(!s.ok){let i="http_error",r=`${s.status} ${s.statusText}`;try{let c=await s.json();i=c?.error?.code??i,r=c?.error?.message??r}catch{}throw s.status===401&&t!=="/login"&&Qi(),new tl(s.status,i,r)}return s}async function tt(e,t,l){return await(await mo(e,t,l)).json()}var Me=(e,t)=>tt("GET",er(e,t));async function Cn(e,t){return(await(await mo("GET",er(e,t))).text()).split(`
`).filter(s=>s.trim()!=="").map(s=>JSON.parse(s))}async function tr(e){let t=await tt("POST","/login",{credential:e});return Al=t.csrfToken,t.identity}async function nr(){let e=await tt("GET","/login");return Al=e.csrfToken,e.identity??void 0}var El;async function lr(){if(El)return El;let t=await(await fetch("/api/v1/openapi.json",{credentials:"same-origin"})).json();return El=new Set(Object.entries(t.paths).flatMap(([l,n])=>Object.keys(n).map(s=>`${s.toUpperCase()} ${l.replace(/^\/api\/v1/,"")}`))),El}function os(e){return El?.has(e)??!1}async function sr(){await mo("POST","/logout"),Al=void 0}var is=class{#e;#t=new Set;constructor(t){this.#e=t}get value(){return this.#e}set(t){this.#e=t;for(let l of this.#t)l(t)}update(t){this.set(t(this.#e))}subscribe(t){return this.#t.add(t),()=>this.#t.delete(t)}};function de(e){let[t,l]=L(e.value);return ne(()=>(l(e.value),e.subscribe(l)),[e]),t}var Ne=new is(void 0),Se=new is({connected:!1,history:[],versions:{}});function qe(...e){let t=de(Se);return e.reduce((l,n)=>l+(t.versions[n]??0),0)}function Bt(e){return!!e&&(e.roles.includes("admin")||e.roles.includes("operator"))}function or(e){return!!e&&e.roles.includes("admin")}function Tn(e){return!!e&&(e.roles.includes("admin")||e.roles.includes("auditor"))}function nl(e,t){return t?e?.find(l=>l.id===t)?.name??t.slice(0,8):"\u2014"}var rs;function ir(){rs?.close();let e=new EventSource("/api/v1/stream");rs=e,e.onopen=()=>Se.update(t=>({...t,connected:!0})),e.onerror=()=>Se.update(t=>({...t,connected:!1})),e.addEventListener("history",t=>{let{items:l}=JSON.parse(t.data);Se.update(n=>({...n,history:l}))}),e.addEventListener("fleet",t=>{let l=JSON.parse(t.data);Se.update(n=>{let s={...n.versions,tick:(n.versions.tick??0)+1};for(let r of l.changed)s[r]=(s[r]??0)+1;let i=l.sample&&l.sample.at!==n.history.at(-1)?.at?[...n.history,l.sample].slice(-4e3):n.history;return{connected:!0,fleet:l,history:i,versions:s}})})}function rr(){rs?.close(),rs=void 0,Se.set({connected:!1,history:[],versions:{}})}function ar(){let e=()=>location.hash.replace(/^#\/?/,"").split("/").filter(Boolean),[t,l]=L(e());return ne(()=>{let n=()=>l(e());return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),t.map(decodeURIComponent)}function as(e){location.hash=`#/${e}`}function ll(e){if(!e)return"";let t=/^apikey:(.{8})/.exec(e);return t?`API key ${t[1]}`:e}function cr(e){return e?e.length>12?e.slice(0,8):e:"\u2014"}function ur(e,t=Date.now()){if(!e)return"never";let l=Math.round((t-Date.parse(e))/1e3),n=l<0,s=Math.abs(l),i=s<5?"just now":s<60?`${s}s`:s<3600?`${Math.floor(s/60)}m`:s<86400?`${Math.floor(s/3600)}h ${Math.floor(s%3600/60)}m`:`${Math.floor(s/86400)}d`;return i==="just now"?i:n?`in ${i}`:`${i} ago`}function fr(e){return e?new Date(e).toLocaleString():""}function cs(e,t="/s"){return e==null||Number.isNaN(e)?"\u2014":`${e>=100?e.toFixed(0):e>=10?e.toFixed(1):e.toFixed(2)}${t}`}function rn(e,t=""){if(e==null)return"\u2014";let l=["B","KiB","MiB","GiB","TiB"],n=e,s=0;for(;n>=1024&&s<l.length-1;)n/=1024,s++;return`${n>=100||s===0?n.toFixed(0):n.toFixed(1)} ${l[s]}${t}`}function Ml(e){return e==null?"\u2014":`${(e*100).toFixed(e<.01&&e>0?2:1)}%`}function En(e){return e==null?"\u2014":e>=100?`${e.toFixed(0)} ms`:`${e.toFixed(1)} ms`}function nt(e){return e==null?"\u2014":e.toLocaleString()}var us=e=>v`
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
      stroke-linejoin="round" dangerouslySetInnerHTML=${{__html:e}}></svg>
  `,dr=()=>us('<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a2 2 0 0 1 2-2h10"/>'),pr=()=>us('<path d="M4 12l5 5L20 6"/>'),hr=()=>us('<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>'),mr=()=>us('<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/>');function Ct({status:e,maintenance:t}){let l=t?"maintenance":e;return v`<span class=${`badge s-${l}`}>${l}</span>`}function an({id:e,href:t,iconOnly:l}){let[n,s]=L(!1);if(!e)return v`<span class="muted">—</span>`;let i=async c=>{c.stopPropagation(),c.preventDefault();try{await navigator.clipboard.writeText(e)}catch{let u=document.createRange(),m=c.currentTarget.previousElementSibling;m&&u.selectNodeContents(m),getSelection()?.removeAllRanges(),getSelection()?.addRange(u)}s(!0),setTimeout(()=>s(!1),1200)},r=l?null:v`<code title=${e}>${cr(e)}</code>`;return v`<span class="id">${t?v`<a href=${t}>${r}</a>`:r}<button
    type="button" class="copy" aria-label=${`copy id ${e}`} title="copy id"
    onClick=${i}>${n?pr():dr()}</button></span>`}function Ee({at:e}){return e?v`<time datetime=${e} title=${fr(e)}>${ur(e)}</time>`:v`<span class="muted">never</span>`}function X({title:e,children:t,actions:l}){return v`<section class="card" aria-label=${e}>
    ${e||l?v`<header class="card-head">${e?v`<h2>${e}</h2>`:null}<div class="spacer"></div>${l}</header>`:null}
    ${t}
  </section>`}function cn({label:e,value:t,hint:l,tone:n}){return v`<div class=${`stat ${n??""}`} role="group" aria-label=${e}>
    <div class="stat-label">${e}</div>
    <div class="stat-value">${t}</div>
    ${l?v`<div class="stat-hint">${l}</div>`:null}
  </div>`}function Ie({error:e}){if(!e)return null;let t=e instanceof Error?e.message:String(e);return v`<p class="error" role="alert">${t}</p>`}function oe({children:e}){return v`<p class="empty">${e}</p>`}function jt({request:e,onClose:t}){let l=el(null),[n,s]=L(!1),[i,r]=L(null),[c,u]=L("");return ne(()=>{let d=l.current;d&&(r(null),u(e?.input?.value??""),e&&!d.open&&d.showModal(),!e&&d.open&&d.close())},[e]),v`<dialog ref=${l} class="confirm" onClose=${t} aria-labelledby="confirm-title">
    ${e?v`<form method="dialog" onSubmit=${async d=>{if(d.preventDefault(),!!e){s(!0);try{await e.run(e.input?c:void 0),t()}catch(h){r(h)}finally{s(!1)}}}}>
      <h2 id="confirm-title">${e.title}</h2>
      ${e.body?v`<div class="confirm-body">${e.body}</div>`:null}
      ${e.input?v`<label class="field">${e.input.label}<input
          type=${e.input.type??"text"} value=${c} required
          onInput=${d=>u(d.target.value)} /></label>`:null}
      <${Ie} error=${i} />
      <div class="row end">
        <button type="button" onClick=${t}>Cancel</button>
        <button type="submit" class=${e.danger?"danger":"primary"} disabled=${n}>
          ${n?"Working\u2026":e.confirmLabel}
        </button>
      </div>
    </form>`:null}
  </dialog>`}function gr({options:e,value:t,onChange:l,label:n}){return v`<div class="segmented" role="radiogroup" aria-label=${n}>
    ${e.map(s=>v`
        <button type="button" role="radio" aria-checked=${s.value===t}
          class=${s.value===t?"on":""} onClick=${()=>l(s.value)}>${s.label}</button>
      `)}
  </div>`}function _r(){let[e,t]=L(""),[l,n]=L(null),[s,i]=L(!1);return v`
    <main class="login">
      <form class="card login-card" onSubmit=${async c=>{c.preventDefault(),i(!0),n(null);try{let u=await tr(e.trim());t(""),Ne.set(u)}catch(u){n(u)}finally{i(!1)}}} aria-labelledby="login-title">
        <div class="brand big"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <h1 id="login-title">Sign in</h1>
        <label class="field">API key or token
            <input id="credential" name="credential" type="password" autocomplete="off" required
              autofocus placeholder="sbk_… or a JWT" value=${e}
              onInput=${c=>t(c.target.value)} />
          </label>
        <p class="hint">The embedded node writes an admin key to <code>./data/admin-api-key</code>.
            It is kept in an HttpOnly cookie for this browser, never in page storage.</p>
        <${Ie} error=${l} />
        <button type="submit" class="primary" disabled=${s}>${s?"Signing in\u2026":"Sign in"}</button>
      </form>
    </main>
  `}var Ue="u-",Zc="uplot",Qc=Ue+"hz",Xc=Ue+"vt",eu=Ue+"title",tu=Ue+"wrap",nu=Ue+"under",lu=Ue+"over",su=Ue+"axis",Dn=Ue+"off",ou=Ue+"select",iu=Ue+"cursor-x",ru=Ue+"cursor-y",au=Ue+"cursor-pt",cu=Ue+"legend",uu=Ue+"live",fu=Ue+"inline",du=Ue+"series",pu=Ue+"marker",$r=Ue+"label",hu=Ue+"value",Ll="width",Rl="height",Dl="top",vr="bottom",sl="left",go="right",Lo="#000",br=Lo+"0",_o="mousemove",yr="mousedown",$o="mouseup",wr="mouseenter",Sr="mouseleave",xr="dblclick",mu="resize",gu="scroll",kr="change",ms="dppxchange",Ro="--",fl=typeof window<"u",So=fl?document:null,il=fl?window:null,_u=fl?navigator:null,ue,fs;function xo(){let e=devicePixelRatio;ue!=e&&(ue=e,fs&&Co(kr,fs,xo),fs=matchMedia(`(min-resolution: ${ue-.001}dppx) and (max-resolution: ${ue+.001}dppx)`),Pn(kr,fs,xo),il.dispatchEvent(new CustomEvent(ms)))}function _t(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function ko(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function xe(e,t,l){e.style[t]=l+"px"}function Rt(e,t,l,n){let s=So.createElement(e);return t!=null&&_t(s,t),l?.insertBefore(s,n),s}function Tt(e,t){return Rt("div",e,t)}var Cr=new WeakMap;function Gt(e,t,l,n,s){let i="translate("+t+"px,"+l+"px)",r=Cr.get(e);i!=r&&(e.style.transform=i,Cr.set(e,i),t<0||l<0||t>n||l>s?_t(e,Dn):ko(e,Dn))}var Tr=new WeakMap;function Er(e,t,l){let n=t+l,s=Tr.get(e);n!=s&&(Tr.set(e,n),e.style.background=t,e.style.borderColor=l)}var Ar=new WeakMap;function Mr(e,t,l,n){let s=t+""+l,i=Ar.get(e);s!=i&&(Ar.set(e,s),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-l/2+"px":0)}var No={passive:!0},$u={...No,capture:!0};function Pn(e,t,l,n){t.addEventListener(e,l,n?$u:No)}function Co(e,t,l,n){t.removeEventListener(e,l,No)}fl&&xo();function Nt(e,t,l,n){let s;l=l||0,n=n||t.length-1;let i=n<=2147483647;for(;n-l>1;)s=i?l+n>>1:$t((l+n)/2),t[s]<e?l=s:n=s;return e-t[l]<=t[n]-e?l:n}function sa(e){return(l,n,s)=>{let i=-1,r=-1;for(let c=n;c<=s;c++)if(e(l[c])){i=c;break}for(let c=s;c>=n;c--)if(e(l[c])){r=c;break}return[i,r]}}var oa=e=>e!=null,ia=e=>e!=null&&e>0,$s=sa(oa),vu=sa(ia);function bu(e,t,l,n=0,s=!1){let i=s?vu:$s,r=s?ia:oa;[t,l]=i(e,t,l);let c=e[t],u=e[t];if(t>-1)if(n==1)c=e[t],u=e[l];else if(n==-1)c=e[l],u=e[t];else for(let m=t;m<=l;m++){let d=e[m];r(d)&&(d<c?c=d:d>u&&(u=d))}return[c??ge,u??-ge]}function vs(e,t,l,n){let s=Lr(e),i=Lr(t);e==t&&(s==-1?(e*=l,t/=l):(e/=l,t*=l));let r=l==10?qt:ra,c=s==1?$t:Et,u=i==1?Et:$t,m=c(r(We(e))),d=u(r(We(t))),h=rl(l,m),_=rl(l,d);return l==10&&(m<0&&(h=_e(h,-m)),d<0&&(_=_e(_,-d))),n||l==2?(e=h*s,t=_*i):(e=fa(e,h),t=bs(t,_)),[e,t]}function Io(e,t,l,n){let s=vs(e,t,l,n);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Oo=.1,Dr={mode:3,pad:Oo},Il={pad:0,soft:null,mode:0},yu={min:Il,max:Il};function gs(e,t,l,n){return ys(l)?Pr(e,t,l):(Il.pad=l,Il.soft=n?0:null,Il.mode=n?3:0,Pr(e,t,yu))}function ae(e,t){return e??t}function wu(e,t,l){for(t=ae(t,0),l=ae(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function Pr(e,t,l){let n=l.min,s=l.max,i=ae(n.pad,0),r=ae(s.pad,0),c=ae(n.hard,-ge),u=ae(s.hard,ge),m=ae(n.soft,ge),d=ae(s.soft,-ge),h=ae(n.mode,0),_=ae(s.mode,0),g=t-e,S=qt(g),E=at(We(e),We(t)),T=qt(E),A=We(T-S);(g<1e-24||A>10)&&(g=0,(e==0||t==0)&&(g=1e-24,h==2&&m!=ge&&(i=0),_==2&&d!=-ge&&(r=0)));let y=g||E||1e3,P=qt(y),k=rl(10,$t(P)),H=y*(g==0?e==0?.1:1:i),C=_e(fa(e-H,k/10),24),J=e>=m&&(h==1||h==3&&C<=m||h==2&&C>=m)?m:ge,G=at(c,C<J&&e>=J?J:It(J,C)),Z=y*(g==0?t==0?.1:1:r),z=_e(bs(t+Z,k/10),24),w=t<=d&&(_==1||_==3&&z>=d||_==2&&z<=d)?d:-ge,V=It(u,z>w&&t<=w?w:at(w,z));return G==V&&G==0&&(V=100),[G,V]}var Su=new Intl.NumberFormat(fl?_u.language:"en-US"),Fo=e=>Su.format(e),vt=Math,hs=vt.PI,We=vt.abs,$t=vt.floor,ze=vt.round,Et=vt.ceil,It=vt.min,at=vt.max,rl=vt.pow,Lr=vt.sign,qt=vt.log10,ra=vt.log2,xu=(e,t=1)=>vt.sinh(e)*t,vo=(e,t=1)=>vt.asinh(e/t),ge=1/0;function Rr(e){return(qt((e^e>>31)-(e>>31))|0)+1}function To(e,t,l){return It(at(e,t),l)}function aa(e){return typeof e=="function"}function le(e){return aa(e)?e:()=>e}var ku=()=>{},ca=e=>e,ua=(e,t)=>t,Cu=e=>null,Nr=e=>!0,Ir=(e,t)=>e==t,Tu=/\.\d*?(?=9{6,}|0{6,})/gm,Ln=e=>{if(pa(e)||fn.has(e))return e;let t=`${e}`,l=t.match(Tu);if(l==null)return e;let n=l[0].length-1;if(t.indexOf("e-")!=-1){let[s,i]=t.split("e");return+`${Ln(s)}e${i}`}return _e(e,n)};function An(e,t){return Ln(_e(Ln(e/t))*t)}function bs(e,t){return Ln(Et(Ln(e/t))*t)}function fa(e,t){return Ln($t(Ln(e/t))*t)}function _e(e,t=0){if(pa(e))return e;let l=10**t,n=e*l*(1+Number.EPSILON);return ze(n)/l}var fn=new Map;function da(e){return((""+e).split(".")[1]||"").length}function Fl(e,t,l,n){let s=[],i=n.map(da);for(let r=t;r<l;r++){let c=We(r),u=_e(rl(e,r),c);for(let m=0;m<n.length;m++){let d=e==10?+`${n[m]}e${r}`:n[m]*u,h=(r>=0?0:c)+(r>=i[m]?0:i[m]),_=e==10?d:_e(d,h);s.push(_),fn.set(_,h)}}return s}var Ol={},Vo=[],al=[null,null],un=Array.isArray,pa=Number.isInteger,Eu=e=>e===void 0;function Or(e){return typeof e=="string"}function ys(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function Au(e){return e!=null&&typeof e=="object"}var Mu=Object.getPrototypeOf(Uint8Array),ha="__proto__";function cl(e,t=ys){let l;if(un(e)){let n=e.find(s=>s!=null);if(un(n)||t(n)){l=Array(e.length);for(let s=0;s<e.length;s++)l[s]=cl(e[s],t)}else l=e.slice()}else if(e instanceof Mu)l=e.slice();else if(t(e)){l={};for(let n in e)n!=ha&&(l[n]=cl(e[n],t))}else l=e;return l}function Oe(e){let t=arguments;for(let l=1;l<t.length;l++){let n=t[l];for(let s in n)s!=ha&&(ys(e[s])?Oe(e[s],cl(n[s])):e[s]=cl(n[s]))}return e}var Du=0,Pu=1,Lu=2;function Ru(e,t,l){for(let n=0,s,i=-1;n<t.length;n++){let r=t[n];if(r>i){for(s=r-1;s>=0&&e[s]==null;)e[s--]=null;for(s=r+1;s<l&&e[s]==null;)e[i=s++]=null}}}function Nu(e,t){if(Fu(e)){let r=e[0].slice();for(let c=1;c<e.length;c++)r.push(...e[c].slice(1));return Vu(r[0])||(r=Ou(r)),r}let l=new Set;for(let r=0;r<e.length;r++){let u=e[r][0],m=u.length;for(let d=0;d<m;d++)l.add(u[d])}let n=[Array.from(l).sort((r,c)=>r-c)],s=n[0].length,i=new Map;for(let r=0;r<s;r++)i.set(n[0][r],r);for(let r=0;r<e.length;r++){let c=e[r],u=c[0];for(let m=1;m<c.length;m++){let d=c[m],h=Array(s).fill(void 0),_=t?t[r][m]:Pu,g=[];for(let S=0;S<d.length;S++){let E=d[S],T=i.get(u[S]);E===null?_!=Du&&(h[T]=E,_==Lu&&g.push(T)):h[T]=E}Ru(h,g,s),n.push(h)}}return n}var Iu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ou(e){let t=e[0],l=t.length,n=Array(l);for(let i=0;i<n.length;i++)n[i]=i;n.sort((i,r)=>t[i]-t[r]);let s=[];for(let i=0;i<e.length;i++){let r=e[i],c=Array(l);for(let u=0;u<l;u++)c[u]=r[n[u]];s.push(c)}return s}function Fu(e){let t=e[0][0],l=t.length;for(let n=1;n<e.length;n++){let s=e[n][0];if(s.length!=l)return!1;if(s!=t){for(let i=0;i<l;i++)if(s[i]!=t[i])return!1}}return!0}function Vu(e,t=100){let l=e.length;if(l<=1)return!0;let n=0,s=l-1;for(;n<=s&&e[n]==null;)n++;for(;s>=n&&e[s]==null;)s--;if(s<=n)return!0;let i=at(1,$t((s-n+1)/t));for(let r=e[n],c=n+i;c<=s;c+=i){let u=e[c];if(u!=null){if(u<=r)return!1;r=u}}return!0}var ma=["January","February","March","April","May","June","July","August","September","October","November","December"],ga=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function _a(e){return e.slice(0,3)}var Hu=ga.map(_a),zu=ma.map(_a),Wu={MMMM:ma,MMM:zu,WWWW:ga,WWW:Hu};function Pl(e){return(e<10?"0":"")+e}function Uu(e){return(e<10?"00":e<100?"0":"")+e}var Bu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Pl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Pl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Pl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Pl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Pl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Uu(e.getMilliseconds())};function Ho(e,t){t=t||Wu;let l=[],n=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=n.exec(e);)l.push(s[0][0]=="{"?Bu[s[1]]:s[0]);return i=>{let r="";for(let c=0;c<l.length;c++)r+=typeof l[c]=="string"?l[c]:l[c](i,t);return r}}var ju=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Gu(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==ju?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}var $a=e=>e%1==0,_s=[1,2,2.5,5],Yu=Fl(10,-32,0,_s),va=Fl(10,0,32,_s),Ju=va.filter($a),Mn=Yu.concat(va),zo=`
`,ba="{YYYY}",Fr=zo+ba,ya="{M}/{D}",Nl=zo+ya,ds=Nl+"/{YY}",wa="{aa}",Ku="{h}:{mm}",ol=Ku+wa,Vr=zo+ol,Hr=":{ss}",pe=null;function Sa(e){let t=e*1e3,l=t*60,n=l*60,s=n*24,i=s*30,r=s*365,u=(e==1?Fl(10,0,3,_s).filter($a):Fl(10,-3,0,_s)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,n,n*2,n*3,n*4,n*6,n*8,n*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,i,i*2,i*3,i*4,i*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),m=[[r,ba,pe,pe,pe,pe,pe,pe,1],[s*28,"{MMM}",Fr,pe,pe,pe,pe,pe,1],[s,ya,Fr,pe,pe,pe,pe,pe,1],[n,"{h}"+wa,ds,pe,Nl,pe,pe,pe,1],[l,ol,ds,pe,Nl,pe,pe,pe,1],[t,Hr,ds+" "+ol,pe,Nl+" "+ol,pe,Vr,pe,1],[e,Hr+".{fff}",ds+" "+ol,pe,Nl+" "+ol,pe,Vr,pe,1]];function d(h){return(_,g,S,E,T,A)=>{let y=[],P=T>=r,k=T>=i&&T<r,H=h(S),C=_e(H*e,3),J=bo(H.getFullYear(),P?0:H.getMonth(),k||P?1:H.getDate()),G=_e(J*e,3);if(k||P){let Z=k?T/i:0,z=P?T/r:0,w=C==G?C:_e(bo(J.getFullYear()+z,J.getMonth()+Z,1)*e,3),V=new Date(ze(w/e)),R=V.getFullYear(),K=V.getMonth();for(let j=0;w<=E;j++){let se=bo(R+z*j,K+Z*j,1),B=se-h(_e(se*e,3));w=_e((+se+B)*e,3),w<=E&&y.push(w)}}else{let Z=T>=s?s:T,z=$t(S)-$t(C),w=G+z+bs(C-G,Z);y.push(w);let V=h(w),R=V.getHours()+V.getMinutes()/l+V.getSeconds()/n,K=T/n,j=_.axes[g]._space,se=A/j;for(;w=_e(w+T,e==1?0:3),!(w>E);)if(K>1){let B=$t(_e(R+K,6))%24,ie=h(w).getHours()-B;ie>1&&(ie=-1),w-=ie*n,R=(R+K)%24;let he=y[y.length-1];_e((w-he)/T,3)*se>=.7&&y.push(w)}else y.push(w)}return y}}return[u,m,d]}var[qu,Zu,Qu]=Sa(1),[Xu,ef,tf]=Sa(.001);Fl(2,-53,53,[1]);function zr(e,t){return e.map(l=>l.map((n,s)=>s==0||s==8||n==null?n:t(s==1||l[8]==0?n:l[1]+n)))}function Wr(e,t){return(l,n,s,i,r)=>{let c=t.find(S=>r>=S[0])||t[t.length-1],u,m,d,h,_,g;return n.map(S=>{let E=e(S),T=E.getFullYear(),A=E.getMonth(),y=E.getDate(),P=E.getHours(),k=E.getMinutes(),H=E.getSeconds(),C=T!=u&&c[2]||A!=m&&c[3]||y!=d&&c[4]||P!=h&&c[5]||k!=_&&c[6]||H!=g&&c[7]||c[1];return u=T,m=A,d=y,h=P,_=k,g=H,C(E)})}}function nf(e,t){let l=Ho(t);return(n,s,i,r,c)=>s.map(u=>l(e(u)))}function bo(e,t,l){return new Date(e,t,l)}function Ur(e,t){return t(e)}var lf="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Br(e,t){return(l,n,s,i)=>i==null?Ro:t(e(n))}function sf(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function of(e,t){return e.series[t].fill(e,t)}var rf={show:!0,live:!0,isolate:!1,mount:ku,markers:{show:!0,width:2,stroke:sf,fill:of,dash:"solid"},idx:null,idxs:null,values:[]};function af(e,t){let l=e.cursor.points,n=Tt(),s=l.size(e,t);xe(n,Ll,s),xe(n,Rl,s);let i=s/-2;xe(n,"marginLeft",i),xe(n,"marginTop",i);let r=l.width(e,t,s);return r&&xe(n,"borderWidth",r),n}function cf(e,t){let l=e.series[t].points;return l._fill||l._stroke}function uf(e,t){let l=e.series[t].points;return l._stroke||l._fill}function ff(e,t){return e.series[t].points.size}var yo=[0,0];function df(e,t,l){return yo[0]=t,yo[1]=l,yo}function ps(e,t,l,n=!0){return s=>{s.button==0&&(!n||s.target==t)&&l(s)}}function wo(e,t,l,n=!0){return s=>{(!n||s.target==t)&&l(s)}}var pf={show:!0,x:!0,y:!0,lock:!1,move:df,points:{one:!1,show:af,size:ff,width:0,stroke:uf,fill:cf},bind:{mousedown:ps,mouseup:ps,click:ps,dblclick:ps,mousemove:wo,mouseleave:wo,mouseenter:wo},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,n,s)=>n-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},xa={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Wo=Oe({},xa,{filter:ua}),ka=Oe({},Wo,{size:10}),Ca=Oe({},xa,{show:!1}),Uo='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ta="bold "+Uo,Ea=1.5,jr={show:!0,scale:"x",stroke:Lo,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ta,side:2,grid:Wo,ticks:ka,border:Ca,font:Uo,lineGap:Ea,rotate:0},hf="Value",mf="Time",Gr={show:!0,scale:"x",auto:!1,sorted:1,min:ge,max:-ge,idxs:[]};function gf(e,t,l,n,s){return t.map(i=>i==null?"":Fo(i))}function _f(e,t,l,n,s,i,r){let c=[],u=fn.get(s)||0;l=r?l:_e(bs(l,s),u);for(let m=l;m<=n;m=_e(m+s,u))c.push(Object.is(m,-0)?0:m);return c}function Eo(e,t,l,n,s,i,r){let c=[],u=e.scales[e.axes[t].scale].log,m=u==10?qt:ra,d=$t(m(l));s=rl(u,d),u==10&&(s=Mn[Nt(s,Mn)]);let h=l,_=s*u;u==10&&(_=Mn[Nt(_,Mn)]);do c.push(h),h=h+s,u==10&&!fn.has(h)&&(h=_e(h,fn.get(s))),h>=_&&(s=h,_=s*u,u==10&&(_=Mn[Nt(_,Mn)]));while(h<=n);return c}function $f(e,t,l,n,s,i,r){let u=e.scales[e.axes[t].scale].asinh,m=n>u?Eo(e,t,at(u,l),n,s):[u],d=n>=0&&l<=0?[0]:[];return(l<-u?Eo(e,t,at(u,-n),-l,s):[u]).reverse().map(_=>-_).concat(d,m)}var Aa=/./,vf=/[12357]/,bf=/[125]/,Yr=/1/,Ao=(e,t,l,n)=>e.map((s,i)=>t==4&&s==0||i%n==0&&l.test(s.toExponential()[s<0?1:0])?s:null);function yf(e,t,l,n,s){let i=e.axes[l],r=i.scale,c=e.scales[r],u=e.valToPos,m=i._space,d=u(10,r),h=u(9,r)-d>=m?Aa:u(7,r)-d>=m?vf:u(5,r)-d>=m?bf:Yr;if(h==Yr){let _=We(u(1,r)-d);if(_<m)return Ao(t.slice().reverse(),c.distr,h,Et(m/_)).reverse()}return Ao(t,c.distr,h,1)}function wf(e,t,l,n,s){let i=e.axes[l],r=i.scale,c=i._space,u=e.valToPos,m=We(u(1,r)-u(2,r));return m<c?Ao(t.slice().reverse(),3,Aa,Et(c/m)).reverse():t}function Sf(e,t,l,n){return n==null?Ro:t==null?"":Fo(t)}var Jr={show:!0,scale:"y",stroke:Lo,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ta,side:3,grid:Wo,ticks:ka,border:Ca,font:Uo,lineGap:Ea,rotate:0};function xf(e,t){let l=3+(e||1)*2;return _e(l*t,3)}function kf(e,t){let{scale:l,idxs:n}=e.series[0],s=e._data[0],i=e.valToPos(s[n[0]],l,!0),r=e.valToPos(s[n[1]],l,!0),c=We(r-i),u=e.series[t],m=c/(u.points.space*ue);return n[1]-n[0]<=m}var Kr={scale:null,auto:!0,sorted:0,min:ge,max:-ge},Ma=(e,t,l,n,s)=>s,qr={show:!0,auto:!0,sorted:0,gaps:Ma,alpha:1,facets:[Oe({},Kr,{scale:"x"}),Oe({},Kr,{scale:"y"})]},Zr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ma,alpha:1,points:{show:kf,filter:null},values:null,min:ge,max:-ge,idxs:[],path:null,clip:null};function Cf(e,t,l,n,s){return l/10}var Da={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Tf=Oe({},Da,{time:!1,ori:1}),Qr={};function Pa(e,t){let l=Qr[e];return l||(l={key:e,plots:[],sub(n){l.plots.push(n)},unsub(n){l.plots=l.plots.filter(s=>s!=n)},pub(n,s,i,r,c,u,m){for(let d=0;d<l.plots.length;d++)l.plots[d]!=s&&l.plots[d].pub(n,s,i,r,c,u,m)}},e!=null&&(Qr[e]=l)),l}var ul=1,Mo=2;function Rn(e,t,l){let n=e.mode,s=e.series[t],i=n==2?e._data[t]:e._data,r=e.scales,c=e.bbox,u=i[0],m=n==2?i[1]:i[t],d=n==2?r[s.facets[0].scale]:r[e.series[0].scale],h=n==2?r[s.facets[1].scale]:r[s.scale],_=c.left,g=c.top,S=c.width,E=c.height,T=e.valToPosH,A=e.valToPosV;return d.ori==0?l(s,u,m,d,h,T,A,_,g,S,E,Ss,dl,ks,Ra,Ia):l(s,u,m,d,h,A,T,g,_,E,S,xs,pl,Go,Na,Oa)}function Bo(e,t){let l=0,n=0,s=ae(e.bands,Vo);for(let i=0;i<s.length;i++){let r=s[i];r.series[0]==t?l=r.dir:r.series[1]==t&&(r.dir==1?n|=1:n|=2)}return[l,n==1?-1:n==2?1:n==3?2:0]}function Ef(e,t,l,n,s){let i=e.mode,r=e.series[t],c=i==2?r.facets[1].scale:r.scale,u=e.scales[c];return s==-1?u.min:s==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Zt(e,t,l,n,s,i){return Rn(e,t,(r,c,u,m,d,h,_,g,S,E,T)=>{let A=r.pxRound,y=m.dir*(m.ori==0?1:-1),P=m.ori==0?dl:pl,k,H;y==1?(k=l,H=n):(k=n,H=l);let C=A(h(c[k],m,E,g)),J=A(_(u[k],d,T,S)),G=A(h(c[H],m,E,g)),Z=A(_(i==1?d.max:d.min,d,T,S)),z=new Path2D(s);return P(z,G,Z),P(z,C,Z),P(z,C,J),z})}function ws(e,t,l,n,s,i){let r=null;if(e.length>0){r=new Path2D;let c=t==0?ks:Go,u=l;for(let h=0;h<e.length;h++){let _=e[h];if(_[1]>_[0]){let g=_[0]-u;g>0&&c(r,u,n,g,n+i),u=_[1]}}let m=l+s-u,d=10;m>0&&c(r,u,n-d/2,m,n+i+d)}return r}function Af(e,t,l){let n=e[e.length-1];n&&n[0]==t?n[1]=l:e.push([t,l])}function jo(e,t,l,n,s,i,r){let c=[],u=e.length;for(let m=s==1?l:n;m>=l&&m<=n;m+=s)if(t[m]===null){let h=m,_=m;if(s==1)for(;++m<=n&&t[m]===null;)_=m;else for(;--m>=l&&t[m]===null;)_=m;let g=i(e[h]),S=_==h?g:i(e[_]),E=h-s;g=r<=0&&E>=0&&E<u?i(e[E]):g;let A=_+s;S=r>=0&&A>=0&&A<u?i(e[A]):S,S>=g&&c.push([g,S])}return c}function Xr(e){return e==0?ca:e==1?ze:t=>An(t,e)}function La(e){let t=e==0?Ss:xs,l=e==0?(s,i,r,c,u,m)=>{s.arcTo(i,r,c,u,m)}:(s,i,r,c,u,m)=>{s.arcTo(r,i,u,c,m)},n=e==0?(s,i,r,c,u)=>{s.rect(i,r,c,u)}:(s,i,r,c,u)=>{s.rect(r,i,u,c)};return(s,i,r,c,u,m=0,d=0)=>{m==0&&d==0?n(s,i,r,c,u):(m=It(m,c/2,u/2),d=It(d,c/2,u/2),t(s,i+m,r),l(s,i+c,r,i+c,r+u,m),l(s,i+c,r+u,i,r+u,d),l(s,i,r+u,i,r,d),l(s,i,r,i+c,r,m),s.closePath())}}var Ss=(e,t,l)=>{e.moveTo(t,l)},xs=(e,t,l)=>{e.moveTo(l,t)},dl=(e,t,l)=>{e.lineTo(t,l)},pl=(e,t,l)=>{e.lineTo(l,t)},ks=La(0),Go=La(1),Ra=(e,t,l,n,s,i)=>{e.arc(t,l,n,s,i)},Na=(e,t,l,n,s,i)=>{e.arc(l,t,n,s,i)},Ia=(e,t,l,n,s,i,r)=>{e.bezierCurveTo(t,l,n,s,i,r)},Oa=(e,t,l,n,s,i,r)=>{e.bezierCurveTo(l,t,s,n,r,i)};function Fa(e){return(t,l,n,s,i)=>Rn(t,l,(r,c,u,m,d,h,_,g,S,E,T)=>{let{pxRound:A,points:y}=r,P,k;m.ori==0?(P=Ss,k=Ra):(P=xs,k=Na);let H=_e(y.width*ue,3),C=(y.size-y.width)/2*ue,J=_e(C*2,3),G=new Path2D,Z=new Path2D,{left:z,top:w,width:V,height:R}=t.bbox;ks(Z,z-J,w-J,V+J*2,R+J*2);let K=j=>{if(u[j]!=null){let se=A(h(c[j],m,E,g)),B=A(_(u[j],d,T,S));P(G,se+C,B),k(G,se,B,C,0,hs*2)}};if(i)i.forEach(K);else for(let j=n;j<=s;j++)K(j);return{stroke:H>0?G:null,fill:G,clip:Z,flags:ul|Mo}})}function Va(e){return(t,l,n,s,i,r)=>{n!=s&&(i!=n&&r!=n&&e(t,l,n),i!=s&&r!=s&&e(t,l,s),e(t,l,r))}}var Mf=Va(dl),Df=Va(pl);function Ha(e){let t=ae(e?.alignGaps,0);return(l,n,s,i)=>Rn(l,n,(r,c,u,m,d,h,_,g,S,E,T)=>{[s,i]=$s(u,s,i);let A=r.pxRound,y=R=>A(h(R,m,E,g)),P=R=>A(_(R,d,T,S)),k,H;m.ori==0?(k=dl,H=Mf):(k=pl,H=Df);let C=m.dir*(m.ori==0?1:-1),J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ul},G=J.stroke,Z=!1;if(i-s>=E*4){let R=W=>l.posToVal(W,m.key,!0),K=null,j=null,se,B,ct,ke=y(c[C==1?s:i]),ie=y(c[s]),he=y(c[i]),ee=R(C==1?ie+1:he-1);for(let W=C==1?s:i;W>=s&&W<=i;W+=C){let Fe=c[W],Ce=(C==1?Fe<ee:Fe>ee)?ke:y(Fe),fe=u[W];Ce==ke?fe!=null?(B=fe,K==null?(k(G,Ce,P(B)),se=K=j=B):B<K?K=B:B>j&&(j=B)):fe===null&&(Z=!0):(K!=null&&H(G,ke,P(K),P(j),P(se),P(B)),fe!=null?(B=fe,k(G,Ce,P(B)),K=j=se=B):(K=j=null,fe===null&&(Z=!0)),ke=Ce,ee=R(ke+C))}K!=null&&K!=j&&ct!=ke&&H(G,ke,P(K),P(j),P(se),P(B))}else for(let R=C==1?s:i;R>=s&&R<=i;R+=C){let K=u[R];K===null?Z=!0:K!=null&&k(G,y(c[R]),P(K))}let[w,V]=Bo(l,n);if(r.fill!=null||w!=0){let R=J.fill=new Path2D(G),K=r.fillTo(l,n,r.min,r.max,w),j=P(K),se=y(c[s]),B=y(c[i]);C==-1&&([B,se]=[se,B]),k(R,B,j),k(R,se,j)}if(!r.spanGaps){let R=[];Z&&R.push(...jo(c,u,s,i,C,y,t)),J.gaps=R=r.gaps(l,n,s,i,R),J.clip=ws(R,m.ori,g,S,E,T)}return V!=0&&(J.band=V==2?[Zt(l,n,s,i,G,-1),Zt(l,n,s,i,G,1)]:Zt(l,n,s,i,G,V)),J})}function Pf(e){let t=ae(e.align,1),l=ae(e.ascDesc,!1),n=ae(e.alignGaps,0),s=ae(e.extend,!1);return(i,r,c,u)=>Rn(i,r,(m,d,h,_,g,S,E,T,A,y,P)=>{[c,u]=$s(h,c,u);let k=m.pxRound,{left:H,width:C}=i.bbox,J=ie=>k(S(ie,_,y,T)),G=ie=>k(E(ie,g,P,A)),Z=_.ori==0?dl:pl,z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:ul},w=z.stroke,V=_.dir*(_.ori==0?1:-1),R=G(h[V==1?c:u]),K=J(d[V==1?c:u]),j=K,se=K;s&&t==-1&&(se=H,Z(w,se,R)),Z(w,K,R);for(let ie=V==1?c:u;ie>=c&&ie<=u;ie+=V){let he=h[ie];if(he==null)continue;let ee=J(d[ie]),W=G(he);t==1?Z(w,ee,R):Z(w,j,W),Z(w,ee,W),R=W,j=ee}let B=j;s&&t==1&&(B=H+C,Z(w,B,R));let[ct,ke]=Bo(i,r);if(m.fill!=null||ct!=0){let ie=z.fill=new Path2D(w),he=m.fillTo(i,r,m.min,m.max,ct),ee=G(he);Z(ie,B,ee),Z(ie,se,ee)}if(!m.spanGaps){let ie=[];ie.push(...jo(d,h,c,u,V,J,n));let he=m.width*ue/2,ee=l||t==1?he:-he,W=l||t==-1?-he:he;ie.forEach(Fe=>{Fe[0]+=ee,Fe[1]+=W}),z.gaps=ie=m.gaps(i,r,c,u,ie),z.clip=ws(ie,_.ori,T,A,y,P)}return ke!=0&&(z.band=ke==2?[Zt(i,r,c,u,w,-1),Zt(i,r,c,u,w,1)]:Zt(i,r,c,u,w,ke)),z})}function ea(e,t,l,n,s,i,r=ge){if(e.length>1){let c=null;for(let u=0,m=1/0;u<e.length;u++)if(t[u]!==void 0){if(c!=null){let d=We(e[u]-e[c]);d<m&&(m=d,r=We(l(e[u],n,s,i)-l(e[c],n,s,i)))}c=u}}return r}function Lf(e){e=e||Ol;let t=ae(e.size,[.6,ge,1]),l=e.align||0,n=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let i=le(s),r=1-t[0],c=ae(t[1],ge),u=ae(t[2],1),m=ae(e.disp,Ol),d=ae(e.each,g=>{}),{fill:h,stroke:_}=m;return(g,S,E,T)=>Rn(g,S,(A,y,P,k,H,C,J,G,Z,z,w)=>{let V=A.pxRound,R=l,K=n*ue,j=c*ue,se=u*ue,B,ct;k.ori==0?[B,ct]=i(g,S):[ct,B]=i(g,S);let ke=k.dir*(k.ori==0?1:-1),ie=k.ori==0?ks:Go,he=k.ori==0?d:(O,$e,Ve,Fn,gn,Ft,_n)=>{d(O,$e,Ve,gn,Fn,_n,Ft)},ee=ae(g.bands,Vo).find(O=>O.series[0]==S),W=ee!=null?ee.dir:0,Fe=A.fillTo(g,S,A.min,A.max,W),lt=V(J(Fe,H,w,Z)),Ce,fe,At,dt=z,Ae=V(A.width*ue),Ot=!1,Yt=null,bt=null,Qt=null,Nn=null;h!=null&&(Ae==0||_!=null)&&(Ot=!0,Yt=h.values(g,S,E,T),bt=new Map,new Set(Yt).forEach(O=>{O!=null&&bt.set(O,new Path2D)}),Ae>0&&(Qt=_.values(g,S,E,T),Nn=new Map,new Set(Qt).forEach(O=>{O!=null&&Nn.set(O,new Path2D)})));let{x0:In,size:gl}=m;if(In!=null&&gl!=null){R=1,y=In.values(g,S,E,T),In.unit==2&&(y=y.map(Ve=>g.posToVal(G+Ve*z,k.key,!0)));let O=gl.values(g,S,E,T);gl.unit==2?fe=O[0]*z:fe=C(O[0],k,z,G)-C(0,k,z,G),dt=ea(y,P,C,k,z,G,dt),At=dt-fe+K}else dt=ea(y,P,C,k,z,G,dt),At=dt*r+K,fe=dt-At;At<1&&(At=0),Ae>=fe/2&&(Ae=0),At<5&&(V=ca);let Hl=At>0,hn=dt-At-(Hl?Ae:0);fe=V(To(hn,se,j)),Ce=(R==0?fe/2:R==ke?0:fe)-R*ke*((R==0?K/2:0)+(Hl?Ae/2:0));let st={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},On=Ot?null:new Path2D,Jt=null;if(ee!=null)Jt=g.data[ee.series[1]];else{let{y0:O,y1:$e}=m;O!=null&&$e!=null&&(P=$e.values(g,S,E,T),Jt=O.values(g,S,E,T))}let mn=B*fe,Q=ct*fe;for(let O=ke==1?E:T;O>=E&&O<=T;O+=ke){let $e=P[O];if($e==null)continue;if(Jt!=null){let ut=Jt[O]??0;if($e-ut==0)continue;lt=J(ut,H,w,Z)}let Ve=k.distr!=2||m!=null?y[O]:O,Fn=C(Ve,k,z,G),gn=J(ae($e,Fe),H,w,Z),Ft=V(Fn-Ce),_n=V(at(gn,lt)),pt=V(It(gn,lt)),yt=_n-pt;if($e!=null){let ut=$e<0?Q:mn,Mt=$e<0?mn:Q;Ot?(Ae>0&&Qt[O]!=null&&ie(Nn.get(Qt[O]),Ft,pt+$t(Ae/2),fe,at(0,yt-Ae),ut,Mt),Yt[O]!=null&&ie(bt.get(Yt[O]),Ft,pt+$t(Ae/2),fe,at(0,yt-Ae),ut,Mt)):ie(On,Ft,pt+$t(Ae/2),fe,at(0,yt-Ae),ut,Mt),he(g,S,O,Ft-Ae/2,pt,fe+Ae,yt)}}return Ae>0?st.stroke=Ot?Nn:On:Ot||(st._fill=A.width==0?A._fill:A._stroke??A._fill,st.width=0),st.fill=Ot?bt:On,st})}function Rf(e,t){let l=ae(t?.alignGaps,0);return(n,s,i,r)=>Rn(n,s,(c,u,m,d,h,_,g,S,E,T,A)=>{[i,r]=$s(m,i,r);let y=c.pxRound,P=B=>y(_(B,d,T,S)),k=B=>y(g(B,h,A,E)),H,C,J;d.ori==0?(H=Ss,J=dl,C=Ia):(H=xs,J=pl,C=Oa);let G=d.dir*(d.ori==0?1:-1),Z=P(u[G==1?i:r]),z=Z,w=[],V=[];for(let B=G==1?i:r;B>=i&&B<=r;B+=G)if(m[B]!=null){let ke=u[B],ie=P(ke);w.push(z=ie),V.push(k(m[B]))}let R={stroke:e(w,V,H,J,C,y),fill:null,clip:null,band:null,gaps:null,flags:ul},K=R.stroke,[j,se]=Bo(n,s);if(c.fill!=null||j!=0){let B=R.fill=new Path2D(K),ct=c.fillTo(n,s,c.min,c.max,j),ke=k(ct);J(B,z,ke),J(B,Z,ke)}if(!c.spanGaps){let B=[];B.push(...jo(u,m,i,r,G,P,l)),R.gaps=B=c.gaps(n,s,i,r,B),R.clip=ws(B,d.ori,S,E,T,A)}return se!=0&&(R.band=se==2?[Zt(n,s,i,r,K,-1),Zt(n,s,i,r,K,1)]:Zt(n,s,i,r,K,se)),R})}function Nf(e){return Rf(If,e)}function If(e,t,l,n,s,i){let r=e.length;if(r<2)return null;let c=new Path2D;if(l(c,e[0],t[0]),r==2)n(c,e[1],t[1]);else{let u=Array(r),m=Array(r-1),d=Array(r-1),h=Array(r-1);for(let _=0;_<r-1;_++)d[_]=t[_+1]-t[_],h[_]=e[_+1]-e[_],m[_]=d[_]/h[_];u[0]=m[0];for(let _=1;_<r-1;_++)m[_]===0||m[_-1]===0||m[_-1]>0!=m[_]>0?u[_]=0:(u[_]=3*(h[_-1]+h[_])/((2*h[_]+h[_-1])/m[_-1]+(h[_]+2*h[_-1])/m[_]),isFinite(u[_])||(u[_]=0));u[r-1]=m[r-2];for(let _=0;_<r-1;_++)s(c,e[_]+h[_]/3,t[_]+u[_]*h[_]/3,e[_+1]-h[_]/3,t[_+1]-u[_+1]*h[_]/3,e[_+1],t[_+1])}return c}var Do=new Set;function ta(){for(let e of Do)e.syncRect(!0)}fl&&(Pn(mu,il,ta),Pn(gu,il,ta,!0),Pn(ms,il,()=>{Xe.pxRatio=ue}));var Of=Ha(),Ff=Fa();function na(e,t,l,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((i,r)=>Po(i,r,t,l))}function Vf(e,t){return e.map((l,n)=>n==0?{}:Oe({},t,l))}function Po(e,t,l,n){return Oe({},t==0?l:n,e)}function za(e,t,l){return t==null?al:[t,l]}var Hf=za;function zf(e,t,l){return t==null?al:gs(t,l,Oo,!0)}function Wa(e,t,l,n){return t==null?al:vs(t,l,e.scales[n].log,!1)}var Wf=Wa;function Ua(e,t,l,n){return t==null?al:Io(t,l,e.scales[n].log,!1)}var Uf=Ua;function Bf(e,t,l,n,s){let i=at(Rr(e),Rr(t)),r=t-e,c=Nt(s/n*r,l);do{let u=l[c],m=n*u/r;if(m>=s&&i+(u<5?fn.get(u):0)<=17)return[u,m]}while(++c<l.length);return[0,0]}function la(e){let t,l;return e=e.replace(/(\d+)px/,(n,s)=>(t=ze((l=+s)*ue))+"px"),[e,t,l]}function jf(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=_e(t[2]*ue,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function Xe(e,t,l){let n={mode:ae(e.mode,1)},s=n.mode;function i(o,a,f,p){let $=a.valToPct(o);return p+f*(a.dir==-1?1-$:$)}function r(o,a,f,p){let $=a.valToPct(o);return p+f*(a.dir==-1?$:1-$)}function c(o,a,f,p){return a.ori==0?i(o,a,f,p):r(o,a,f,p)}n.valToPosH=i,n.valToPosV=r;let u=!1;n.status=0;let m=n.root=Tt(Zc);if(e.id!=null&&(m.id=e.id),_t(m,e.class),e.title){let o=Tt(eu,m);o.textContent=e.title}let d=Rt("canvas"),h=n.ctx=d.getContext("2d"),_=Tt(tu,m);Pn("click",_,o=>{o.target===S&&(be!=Kn||Te!=qn)&&Qe.click(n,o)},!0);let g=n.under=Tt(nu,_);_.appendChild(d);let S=n.over=Tt(lu,_);e=cl(e);let E=+ae(e.pxAlign,1),T=Xr(E);(e.plugins||[]).forEach(o=>{o.opts&&(e=o.opts(n,e)||e)});let A=e.ms||.001,y=n.series=s==1?na(e.series||[],Gr,Zr,!1):Vf(e.series||[null],qr),P=n.axes=na(e.axes||[],jr,Jr,!0),k=n.scales={},H=n.bands=e.bands||[];H.forEach(o=>{o.fill=le(o.fill||null),o.dir=ae(o.dir,-1)});let C=s==2?y[1].facets[0].scale:y[0].scale,J={axes:wc,series:_c},G=(e.drawOrder||["axes","series"]).map(o=>J[o]);function Z(o){let a=o.distr==3?f=>qt(f>0?f:o.clamp(n,f,o.min,o.max,o.key)):o.distr==4?f=>vo(f,o.asinh):o.distr==100?f=>o.fwd(f):f=>f;return f=>{let p=a(f),{_min:$,_max:b}=o,x=b-$;return(p-$)/x}}function z(o){let a=k[o];if(a==null){let f=(e.scales||Ol)[o]||Ol;if(f.from!=null){z(f.from);let p=Oe({},k[f.from],f,{key:o});p.valToPct=Z(p),k[o]=p}else{a=k[o]=Oe({},o==C?Da:Tf,f),a.key=o;let p=a.time,$=a.range,b=un($);if((o!=C||s==2&&!p)&&(b&&($[0]==null||$[1]==null)&&($={min:$[0]==null?Dr:{mode:1,hard:$[0],soft:$[0]},max:$[1]==null?Dr:{mode:1,hard:$[1],soft:$[1]}},b=!1),!b&&ys($))){let x=$;$=(M,D,N)=>D==null?al:gs(D,N,x)}a.range=le($||(p?Hf:o==C?a.distr==3?Wf:a.distr==4?Uf:za:a.distr==3?Wa:a.distr==4?Ua:zf)),a.auto=le(b?!1:a.auto),a.clamp=le(a.clamp||Cf),a._min=a._max=null,a.valToPct=Z(a)}}}z("x"),z("y"),s==1&&y.forEach(o=>{z(o.scale)}),P.forEach(o=>{z(o.scale)});for(let o in e.scales)z(o);let w=k[C],V=w.distr,R,K;w.ori==0?(_t(m,Qc),R=i,K=r):(_t(m,Xc),R=r,K=i);let j={};for(let o in k){let a=k[o];(a.min!=null||a.max!=null)&&(j[o]={min:a.min,max:a.max},a.min=a.max=null)}let se=e.tzDate||(o=>new Date(ze(o/A))),B=e.fmtDate||Ho,ct=A==1?Qu(se):tf(se),ke=Wr(se,zr(A==1?Zu:ef,B)),ie=Br(se,Ur(lf,B)),he=[],ee=n.legend=Oe({},rf,e.legend),W=n.cursor=Oe({},pf,{drag:{y:s==2}},e.cursor),Fe=ee.show,lt=W.show,Ce=ee.markers;ee.idxs=he,Ce.width=le(Ce.width),Ce.dash=le(Ce.dash),Ce.stroke=le(Ce.stroke),Ce.fill=le(Ce.fill);let fe,At,dt,Ae=[],Ot=[],Yt,bt=!1,Qt={};if(ee.live){let o=y[1]?y[1].values:null;bt=o!=null,Yt=bt?o(n,1,0):{_:0};for(let a in Yt)Qt[a]=Ro}if(Fe)if(fe=Rt("table",cu,m),dt=Rt("tbody",null,fe),ee.mount(n,fe),bt){At=Rt("thead",null,fe,dt);let o=Rt("tr",null,At);Rt("th",null,o);for(var Nn in Yt)Rt("th",$r,o).textContent=Nn}else _t(fe,fu),ee.live&&_t(fe,uu);let In={show:!0},gl={show:!1};function Hl(o,a){if(a==0&&(bt||!ee.live||s==2))return al;let f=[],p=Rt("tr",du,dt,dt.childNodes[a]);_t(p,o.class),o.show||_t(p,Dn);let $=Rt("th",null,p);if(Ce.show){let M=Tt(pu,$);if(a>0){let D=Ce.width(n,a);D&&(M.style.border=D+"px "+Ce.dash(n,a)+" "+Ce.stroke(n,a)),M.style.background=Ce.fill(n,a)}}let b=Tt($r,$);o.label instanceof HTMLElement?b.appendChild(o.label):b.textContent=o.label,a>0&&(Ce.show||(b.style.color=o.width>0?Ce.stroke(n,a):Ce.fill(n,a)),st("click",$,M=>{if(W._lock)return;vn(M);let D=y.indexOf(o);if((M.ctrlKey||M.metaKey)!=ee.isolate){let N=y.some((I,F)=>F>0&&F!=D&&I.show);y.forEach((I,F)=>{F>0&&Ht(F,N?F==D?In:gl:In,!0,Le.setSeries)})}else Ht(D,{show:!o.show},!0,Le.setSeries)},!1),Hn&&st(wr,$,M=>{W._lock||(vn(M),Ht(y.indexOf(o),Qn,!0,Le.setSeries))},!1));for(var x in Yt){let M=Rt("td",hu,p);M.textContent="--",f.push(M)}return[p,f]}let hn=new Map;function st(o,a,f,p=!0){let $=hn.get(a)||{},b=W.bind[o](n,a,f,p);b&&(Pn(o,a,$[o]=b),hn.set(a,$))}function On(o,a,f){let p=hn.get(a)||{};for(let $ in p)(o==null||$==o)&&(Co($,a,p[$]),delete p[$]);o==null&&hn.delete(a)}let Jt=0,mn=0,Q=0,O=0,$e=0,Ve=0,Fn=$e,gn=Ve,Ft=Q,_n=O,pt=0,yt=0,ut=0,Mt=0;n.bbox={};let Ds=!1,zl=!1,Vn=!1,$n=!1,Wl=!1,wt=!1;function Ps(o,a,f){(f||o!=n.width||a!=n.height)&&Jo(o,a),jn(!1),Vn=!0,zl=!0,Gn()}function Jo(o,a){n.width=Jt=Q=o,n.height=mn=O=a,$e=Ve=0,uc(),fc();let f=n.bbox;pt=f.left=An($e*ue,.5),yt=f.top=An(Ve*ue,.5),ut=f.width=An(Q*ue,.5),Mt=f.height=An(O*ue,.5)}let rc=3;function ac(){let o=!1,a=0;for(;!o;){a++;let f=bc(a),p=yc(a);o=a==rc||f&&p,o||(Jo(n.width,n.height),zl=!0)}}function cc({width:o,height:a}){Ps(o,a)}n.setSize=cc;function uc(){let o=!1,a=!1,f=!1,p=!1;P.forEach(($,b)=>{if($.show&&$._show){let{side:x,_size:M}=$,D=x%2,N=$.label!=null?$.labelSize:0,I=M+N;I>0&&(D?(Q-=I,x==3?($e+=I,p=!0):f=!0):(O-=I,x==0?(Ve+=I,o=!0):a=!0))}}),bn[0]=o,bn[1]=f,bn[2]=a,bn[3]=p,Q-=Xt[1]+Xt[3],$e+=Xt[3],O-=Xt[2]+Xt[0],Ve+=Xt[0]}function fc(){let o=$e+Q,a=Ve+O,f=$e,p=Ve;function $(b,x){switch(b){case 1:return o+=x,o-x;case 2:return a+=x,a-x;case 3:return f-=x,f+x;case 0:return p-=x,p+x}}P.forEach((b,x)=>{if(b.show&&b._show){let M=b.side;b._pos=$(M,b._size),b.label!=null&&(b._lpos=$(M,b.labelSize))}})}if(W.dataIdx==null){let o=W.hover,a=o.skip=new Set(o.skip??[]);a.add(void 0);let f=o.prox=le(o.prox),p=o.bias??=0;W.dataIdx=($,b,x,M)=>{if(b==0)return x;let D=x,N=f($,b,x,M)??ge,I=N>=0&&N<ge,F=w.ori==0?Q:O,q=W.left,ce=t[0],re=t[b];if(a.has(re[x])){D=null;let te=null,Y=null,U;if(p==0||p==-1)for(U=x;te==null&&U-- >0;)a.has(re[U])||(te=U);if(p==0||p==1)for(U=x;Y==null&&U++<re.length;)a.has(re[U])||(Y=U);if(te!=null||Y!=null)if(I){let we=te==null?-1/0:R(ce[te],w,F,0),De=Y==null?1/0:R(ce[Y],w,F,0),Ke=q-we,me=De-q;Ke<=me?Ke<=N&&(D=te):me<=N&&(D=Y)}else D=Y==null?te:te==null?Y:x-te<=Y-x?te:Y}else I&&We(q-R(ce[x],w,F,0))>N&&(D=null);return D}}let vn=o=>{W.event=o};W.idxs=he,W._lock=!1;let et=W.points;et.show=le(et.show),et.size=le(et.size),et.stroke=le(et.stroke),et.width=le(et.width),et.fill=le(et.fill);let Vt=n.focus=Oe({},e.focus||{alpha:.3},W.focus),Hn=Vt.prox>=0,zn=Hn&&et.one,St=[],Wn=[],Un=[];function Ko(o,a){let f=et.show(n,a);if(f instanceof HTMLElement)return _t(f,au),_t(f,o.class),Gt(f,-10,-10,Q,O),S.insertBefore(f,St[a]),f}function qo(o,a){if(s==1||a>0){let f=s==1&&k[o.scale].time,p=o.value;o.value=f?Or(p)?Br(se,Ur(p,B)):p||ie:p||Sf,o.label=o.label||(f?mf:hf)}if(zn||a>0){o.width=o.width==null?1:o.width,o.paths=o.paths||Of||Cu,o.fillTo=le(o.fillTo||Ef),o.pxAlign=+ae(o.pxAlign,E),o.pxRound=Xr(o.pxAlign),o.stroke=le(o.stroke||null),o.fill=le(o.fill||null),o._stroke=o._fill=o._paths=o._focus=null;let f=xf(at(1,o.width),1),p=o.points=Oe({},{size:f,width:at(1,f*.2),stroke:o.stroke,space:f*2,paths:Ff,_stroke:null,_fill:null},o.points);p.show=le(p.show),p.filter=le(p.filter),p.fill=le(p.fill),p.stroke=le(p.stroke),p.paths=le(p.paths),p.pxAlign=o.pxAlign}if(Fe){let f=Hl(o,a);Ae.splice(a,0,f[0]),Ot.splice(a,0,f[1]),ee.values.push(null)}if(lt){he.splice(a,0,null);let f=null;zn?a==0&&(f=Ko(o,a)):a>0&&(f=Ko(o,a)),St.splice(a,0,f),Wn.splice(a,0,0),Un.splice(a,0,0)}Je("addSeries",a)}function dc(o,a){a=a??y.length,o=s==1?Po(o,a,Gr,Zr):Po(o,a,{},qr),y.splice(a,0,o),qo(y[a],a)}n.addSeries=dc;function pc(o){if(y.splice(o,1),Fe){ee.values.splice(o,1),Ot.splice(o,1);let a=Ae.splice(o,1)[0];On(null,a.firstChild),a.remove()}lt&&(he.splice(o,1),St.splice(o,1)[0].remove(),Wn.splice(o,1),Un.splice(o,1)),Je("delSeries",o)}n.delSeries=pc;let bn=[!1,!1,!1,!1];function hc(o,a){if(o._show=o.show,o.show){let f=o.side%2,p=k[o.scale];p==null&&(o.scale=f?y[1].scale:C,p=k[o.scale]);let $=p.time;o.size=le(o.size),o.space=le(o.space),o.rotate=le(o.rotate),un(o.incrs)&&o.incrs.forEach(x=>{!fn.has(x)&&fn.set(x,da(x))}),o.incrs=le(o.incrs||(p.distr==2?Ju:$?A==1?qu:Xu:Mn)),o.splits=le(o.splits||($&&p.distr==1?ct:p.distr==3?Eo:p.distr==4?$f:_f)),o.stroke=le(o.stroke),o.grid.stroke=le(o.grid.stroke),o.ticks.stroke=le(o.ticks.stroke),o.border.stroke=le(o.border.stroke);let b=o.values;o.values=un(b)&&!un(b[0])?le(b):$?un(b)?Wr(se,zr(b,B)):Or(b)?nf(se,b):b||ke:b||gf,o.filter=le(o.filter||(p.distr>=3&&p.log==10?yf:p.distr==3&&p.log==2?wf:ua)),o.font=la(o.font),o.labelFont=la(o.labelFont),o._size=o.size(n,null,a,0),o._space=o._rotate=o._incrs=o._found=o._splits=o._values=null,o._size>0&&(bn[a]=!0,o._el=Tt(su,_))}}function _l(o,a,f,p){let[$,b,x,M]=f,D=a%2,N=0;return D==0&&(M||b)&&(N=a==0&&!$||a==2&&!x?ze(jr.size/3):0),D==1&&($||x)&&(N=a==1&&!b||a==3&&!M?ze(Jr.size/2):0),N}let Zo=n.padding=(e.padding||[_l,_l,_l,_l]).map(o=>le(ae(o,_l))),Xt=n._padding=Zo.map((o,a)=>o(n,a,bn,0)),Ze,Be=null,je=null,Ul=s==1?y[0].idxs:null,Dt=null,$l=!1;function Qo(o,a){if(t=o??[],n.data=n._data=t,s==2){Ze=0;for(let f=1;f<y.length;f++)Ze+=t[f][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Dt=t[0],Ze=Dt.length;let f=t;if(V==2){f=t.slice();let p=f[0]=Array(Ze);for(let $=0;$<Ze;$++)p[$]=$}n._data=t=f}if(jn(!0),Je("setData"),V==2&&(Vn=!0),a!==!1){let f=w;f.auto(n,$l)?Ls():tn(C,f.min,f.max),$n=$n||W.left>=0,wt=!0,Gn()}}n.setData=Qo;function Ls(){$l=!0;let o,a;s==1&&(Ze>0?(Be=Ul[0]=0,je=Ul[1]=Ze-1,o=t[0][Be],a=t[0][je],V==2?(o=Be,a=je):o==a&&(V==3?[o,a]=vs(o,o,w.log,!1):V==4?[o,a]=Io(o,o,w.log,!1):w.time?a=o+ze(86400/A):[o,a]=gs(o,a,Oo,!0))):(Be=Ul[0]=o=null,je=Ul[1]=a=null)),tn(C,o,a)}let Bl,Bn,Rs,Ns,Is,Os,Fs,Vs,Hs,ft;function Xo(o,a,f,p,$,b){o??=br,f??=Vo,p??="butt",$??=br,b??="round",o!=Bl&&(h.strokeStyle=Bl=o),$!=Bn&&(h.fillStyle=Bn=$),a!=Rs&&(h.lineWidth=Rs=a),b!=Is&&(h.lineJoin=Is=b),p!=Os&&(h.lineCap=Os=p),f!=Ns&&h.setLineDash(Ns=f)}function ei(o,a,f,p){a!=Bn&&(h.fillStyle=Bn=a),o!=Fs&&(h.font=Fs=o),f!=Vs&&(h.textAlign=Vs=f),p!=Hs&&(h.textBaseline=Hs=p)}function zs(o,a,f,p,$=0){if(p.length>0&&o.auto(n,$l)&&(a==null||a.min==null)){let b=ae(Be,0),x=ae(je,p.length-1),M=f.min==null?bu(p,b,x,$,o.distr==3):[f.min,f.max];o.min=It(o.min,f.min=M[0]),o.max=at(o.max,f.max=M[1])}}let ti={min:null,max:null};function mc(){for(let p in k){let $=k[p];j[p]==null&&($.min==null||j[C]!=null&&$.auto(n,$l))&&(j[p]=ti)}for(let p in k){let $=k[p];j[p]==null&&$.from!=null&&j[$.from]!=null&&(j[p]=ti)}j[C]!=null&&jn(!0);let o={};for(let p in j){let $=j[p];if($!=null){let b=o[p]=cl(k[p],Au);if($.min!=null)Oe(b,$);else if(p!=C||s==2)if(Ze==0&&b.from==null){let x=b.range(n,null,null,p);b.min=x[0],b.max=x[1]}else b.min=ge,b.max=-ge}}if(Ze>0){y.forEach((p,$)=>{if(s==1){let b=p.scale,x=j[b];if(x==null)return;let M=o[b];if($==0){let D=M.range(n,M.min,M.max,b);M.min=D[0],M.max=D[1],Be=Nt(M.min,t[0]),je=Nt(M.max,t[0]),je-Be>1&&(t[0][Be]<M.min&&Be++,t[0][je]>M.max&&je--),p.min=Dt[Be],p.max=Dt[je]}else p.show&&p.auto&&zs(M,x,p,t[$],p.sorted);p.idxs[0]=Be,p.idxs[1]=je}else if($>0&&p.show&&p.auto){let[b,x]=p.facets,M=b.scale,D=x.scale,[N,I]=t[$],F=o[M],q=o[D];F!=null&&zs(F,j[M],b,N,b.sorted),q!=null&&zs(q,j[D],x,I,x.sorted),p.min=x.min,p.max=x.max}});for(let p in o){let $=o[p],b=j[p];if($.from==null&&(b==null||b.min==null)){let x=$.range(n,$.min==ge?null:$.min,$.max==-ge?null:$.max,p);$.min=x[0],$.max=x[1]}}}for(let p in o){let $=o[p];if($.from!=null){let b=o[$.from];if(b.min==null)$.min=$.max=null;else{let x=$.range(n,b.min,b.max,p);$.min=x[0],$.max=x[1]}}}let a={},f=!1;for(let p in o){let $=o[p],b=k[p];if(b.min!=$.min||b.max!=$.max){b.min=$.min,b.max=$.max;let x=b.distr;b._min=x==3?qt(b.min):x==4?vo(b.min,b.asinh):x==100?b.fwd(b.min):b.min,b._max=x==3?qt(b.max):x==4?vo(b.max,b.asinh):x==100?b.fwd(b.max):b.max,a[p]=f=!0}}if(f){y.forEach((p,$)=>{s==2?$>0&&a.y&&(p._paths=null):a[p.scale]&&(p._paths=null)});for(let p in a)Vn=!0,Je("setScale",p);lt&&W.left>=0&&($n=wt=!0)}for(let p in j)j[p]=null}function gc(o){let a=To(Be-1,0,Ze-1),f=To(je+1,0,Ze-1);for(;o[a]==null&&a>0;)a--;for(;o[f]==null&&f<Ze-1;)f++;return[a,f]}function _c(){if(Ze>0){let o=y.some(a=>a._focus)&&ft!=Vt.alpha;o&&(h.globalAlpha=ft=Vt.alpha),y.forEach((a,f)=>{if(f>0&&a.show&&(ni(f,!1),ni(f,!0),a._paths==null)){let p=ft;ft!=a.alpha&&(h.globalAlpha=ft=a.alpha);let $=s==2?[0,t[f][0].length-1]:gc(t[f]);a._paths=a.paths(n,f,$[0],$[1]),ft!=p&&(h.globalAlpha=ft=p)}}),y.forEach((a,f)=>{if(f>0&&a.show){let p=ft;ft!=a.alpha&&(h.globalAlpha=ft=a.alpha),a._paths!=null&&li(f,!1);{let $=a._paths!=null?a._paths.gaps:null,b=a.points.show(n,f,Be,je,$),x=a.points.filter(n,f,b,$);(b||x)&&(a.points._paths=a.points.paths(n,f,Be,je,x),li(f,!0))}ft!=p&&(h.globalAlpha=ft=p),Je("drawSeries",f)}}),o&&(h.globalAlpha=ft=1)}}function ni(o,a){let f=a?y[o].points:y[o];f._stroke=f.stroke(n,o),f._fill=f.fill(n,o)}function li(o,a){let f=a?y[o].points:y[o],{stroke:p,fill:$,clip:b,flags:x,_stroke:M=f._stroke,_fill:D=f._fill,_width:N=f.width}=f._paths;N=_e(N*ue,3);let I=null,F=N%2/2;a&&D==null&&(D=N>0?"#fff":M);let q=f.pxAlign==1&&F>0;if(q&&h.translate(F,F),!a){let ce=pt-N/2,re=yt-N/2,te=ut+N,Y=Mt+N;I=new Path2D,I.rect(ce,re,te,Y)}a?Ws(M,N,f.dash,f.cap,D,p,$,x,b):$c(o,M,N,f.dash,f.cap,D,p,$,x,I,b),q&&h.translate(-F,-F)}function $c(o,a,f,p,$,b,x,M,D,N,I){let F=!1;D!=0&&H.forEach((q,ce)=>{if(q.series[0]==o){let re=y[q.series[1]],te=t[q.series[1]],Y=(re._paths||Ol).band;un(Y)&&(Y=q.dir==1?Y[0]:Y[1]);let U,we=null;re.show&&Y&&wu(te,Be,je)?(we=q.fill(n,ce)||b,U=re._paths.clip):Y=null,Ws(a,f,p,$,we,x,M,D,N,I,U,Y),F=!0}}),F||Ws(a,f,p,$,b,x,M,D,N,I)}let si=ul|Mo;function Ws(o,a,f,p,$,b,x,M,D,N,I,F){Xo(o,a,f,p,$),(D||N||F)&&(h.save(),D&&h.clip(D),N&&h.clip(N)),F?(M&si)==si?(h.clip(F),I&&h.clip(I),Gl($,x),jl(o,b,a)):M&Mo?(Gl($,x),h.clip(F),jl(o,b,a)):M&ul&&(h.save(),h.clip(F),I&&h.clip(I),Gl($,x),h.restore(),jl(o,b,a)):(Gl($,x),jl(o,b,a)),(D||N||F)&&h.restore()}function jl(o,a,f){f>0&&(a instanceof Map?a.forEach((p,$)=>{h.strokeStyle=Bl=$,h.stroke(p)}):a!=null&&o&&h.stroke(a))}function Gl(o,a){a instanceof Map?a.forEach((f,p)=>{h.fillStyle=Bn=p,h.fill(f)}):a!=null&&o&&h.fill(a)}function vc(o,a,f,p){let $=P[o],b;if(p<=0)b=[0,0];else{let x=$._space=$.space(n,o,a,f,p),M=$._incrs=$.incrs(n,o,a,f,p,x);b=Bf(a,f,M,p,x)}return $._found=b}function Us(o,a,f,p,$,b,x,M,D,N){let I=x%2/2;E==1&&h.translate(I,I),Xo(M,x,D,N,M),h.beginPath();let F,q,ce,re,te=$+(p==0||p==3?-b:b);f==0?(q=$,re=te):(F=$,ce=te);for(let Y=0;Y<o.length;Y++)a[Y]!=null&&(f==0?F=ce=o[Y]:q=re=o[Y],h.moveTo(F,q),h.lineTo(ce,re));h.stroke(),E==1&&h.translate(-I,-I)}function bc(o){let a=!0;return P.forEach((f,p)=>{if(!f.show)return;let $=k[f.scale];if($.min==null){f._show&&(a=!1,f._show=!1,jn(!1));return}else f._show||(a=!1,f._show=!0,jn(!1));let b=f.side,x=b%2,{min:M,max:D}=$,[N,I]=vc(p,M,D,x==0?Q:O);if(I==0)return;let F=$.distr==2,q=f._splits=f.splits(n,p,M,D,N,I,F),ce=$.distr==2?q.map(U=>Dt[U]):q,re=$.distr==2?Dt[q[1]]-Dt[q[0]]:N,te=f._values=f.values(n,f.filter(n,ce,p,I,re),p,I,re);f._rotate=b==2?f.rotate(n,te,p,I):0;let Y=f._size;f._size=Et(f.size(n,te,p,o)),Y!=null&&f._size!=Y&&(a=!1)}),a}function yc(o){let a=!0;return Zo.forEach((f,p)=>{let $=f(n,p,bn,o);$!=Xt[p]&&(a=!1),Xt[p]=$}),a}function wc(){for(let o=0;o<P.length;o++){let a=P[o];if(!a.show||!a._show)continue;let f=a.side,p=f%2,$,b,x=a.stroke(n,o),M=f==0||f==3?-1:1,[D,N]=a._found;if(a.label!=null){let it=a.labelGap*M,gt=ze((a._lpos+it)*ue);ei(a.labelFont[0],x,"center",f==2?Dl:vr),h.save(),p==1?($=b=0,h.translate(gt,ze(yt+Mt/2)),h.rotate((f==3?-hs:hs)/2)):($=ze(pt+ut/2),b=gt);let Sn=aa(a.label)?a.label(n,o,D,N):a.label;h.fillText(Sn,$,b),h.restore()}if(N==0)continue;let I=k[a.scale],F=p==0?ut:Mt,q=p==0?pt:yt,ce=a._splits,re=I.distr==2?ce.map(it=>Dt[it]):ce,te=I.distr==2?Dt[ce[1]]-Dt[ce[0]]:D,Y=a.ticks,U=a.border,we=Y.show?Y.size:0,De=ze(we*ue),Ke=ze((a.alignTo==2?a._size-we-a.gap:a.gap)*ue),me=a._rotate*-hs/180,Pe=T(a._pos*ue),ht=(De+Ke)*M,ot=Pe+ht;b=p==0?ot:0,$=p==1?ot:0;let xt=a.font[0],Pt=a.align==1?sl:a.align==2?go:me>0?sl:me<0?go:p==0?"center":f==3?go:sl,Wt=me||p==1?"middle":f==2?Dl:vr;ei(xt,x,Pt,Wt);let mt=a.font[1]*a.lineGap,kt=ce.map(it=>T(c(it,I,F,q))),Lt=a._values;for(let it=0;it<Lt.length;it++){let gt=Lt[it];if(gt!=null){p==0?$=kt[it]:b=kt[it],gt=""+gt;let Sn=gt.indexOf(`
`)==-1?[gt]:gt.split(/\n/gm);for(let rt=0;rt<Sn.length;rt++){let Si=Sn[rt];me?(h.save(),h.translate($,b+rt*mt),h.rotate(me),h.fillText(Si,0,0),h.restore()):h.fillText(Si,$,b+rt*mt)}}}Y.show&&Us(kt,Y.filter(n,re,o,N,te),p,f,Pe,De,_e(Y.width*ue,3),Y.stroke(n,o),Y.dash,Y.cap);let Ut=a.grid;Ut.show&&Us(kt,Ut.filter(n,re,o,N,te),p,p==0?2:1,p==0?yt:pt,p==0?Mt:ut,_e(Ut.width*ue,3),Ut.stroke(n,o),Ut.dash,Ut.cap),U.show&&Us([Pe],[1],p==0?1:0,p==0?1:2,p==1?yt:pt,p==1?Mt:ut,_e(U.width*ue,3),U.stroke(n,o),U.dash,U.cap)}Je("drawAxes")}function jn(o){y.forEach((a,f)=>{f>0&&(a._paths=null,o&&(s==1?(a.min=null,a.max=null):a.facets.forEach(p=>{p.min=null,p.max=null})))})}let Yl=!1,Bs=!1,vl=[];function Sc(){Bs=!1;for(let o=0;o<vl.length;o++)Je(...vl[o]);vl.length=0}function Gn(){Yl||(Iu(oi),Yl=!0)}function xc(o,a=!1){Yl=!0,Bs=a,o(n),oi(),a&&vl.length>0&&queueMicrotask(Sc)}n.batch=xc;function oi(){if(Ds&&(mc(),Ds=!1),Vn&&(ac(),Vn=!1),zl){if(xe(g,sl,$e),xe(g,Dl,Ve),xe(g,Ll,Q),xe(g,Rl,O),xe(S,sl,$e),xe(S,Dl,Ve),xe(S,Ll,Q),xe(S,Rl,O),xe(_,Ll,Jt),xe(_,Rl,mn),d.width=ze(Jt*ue),d.height=ze(mn*ue),P.forEach(({_el:o,_show:a,_size:f,_pos:p,side:$})=>{if(o!=null)if(a){let b=$===3||$===0?f:0,x=$%2==1;xe(o,x?"left":"top",p-b),xe(o,x?"width":"height",f),xe(o,x?"top":"left",x?Ve:$e),xe(o,x?"height":"width",x?O:Q),ko(o,Dn)}else _t(o,Dn)}),Bl=Bn=Rs=Is=Os=Fs=Vs=Hs=Ns=null,ft=1,wl(!0),$e!=Fn||Ve!=gn||Q!=Ft||O!=_n){jn(!1);let o=Q/Ft,a=O/_n;if(lt&&!$n&&W.left>=0){W.left*=o,W.top*=a,Yn&&Gt(Yn,ze(W.left),0,Q,O),Jn&&Gt(Jn,0,ze(W.top),Q,O);for(let f=0;f<St.length;f++){let p=St[f];p!=null&&(Wn[f]*=o,Un[f]*=a,Gt(p,Et(Wn[f]),Et(Un[f]),Q,O))}}if(ye.show&&!Wl&&ye.left>=0&&ye.width>0){ye.left*=o,ye.width*=o,ye.top*=a,ye.height*=a;for(let f in qs)xe(Zn,f,ye[f])}Fn=$e,gn=Ve,Ft=Q,_n=O}Je("setSize"),zl=!1}Jt>0&&mn>0&&(h.clearRect(0,0,d.width,d.height),Je("drawClear"),G.forEach(o=>o()),Je("draw")),ye.show&&Wl&&(Jl(ye),Wl=!1),lt&&$n&&(wn(null,!0,!1),$n=!1),ee.show&&ee.live&&wt&&(Js(),wt=!1),u||(u=!0,n.status=1,Je("ready")),$l=!1,Yl=!1}n.redraw=(o,a)=>{Vn=a||!1,o!==!1?tn(C,w.min,w.max):Gn()};function js(o,a){let f=k[o];if(f.from==null){if(Ze==0){let p=f.range(n,a.min,a.max,o);a.min=p[0],a.max=p[1]}if(a.min>a.max){let p=a.min;a.min=a.max,a.max=p}if(Ze>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;o==C&&f.distr==2&&Ze>0&&(a.min=Nt(a.min,t[0]),a.max=Nt(a.max,t[0]),a.min==a.max&&a.max++),j[o]=a,Ds=!0,Gn()}}n.setScale=js;let Gs,Ys,Yn,Jn,ii,ri,Kn,qn,ai,ci,be,Te,en=!1,Qe=W.drag,Ge=Qe.x,Ye=Qe.y;lt&&(W.x&&(Gs=Tt(iu,S)),W.y&&(Ys=Tt(ru,S)),w.ori==0?(Yn=Gs,Jn=Ys):(Yn=Ys,Jn=Gs),be=W.left,Te=W.top);let ye=n.select=Oe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Zn=ye.show?Tt(ou,ye.over?S:g):null;function Jl(o,a){if(ye.show){for(let f in o)ye[f]=o[f],f in qs&&xe(Zn,f,o[f]);a!==!1&&Je("setSelect")}}n.setSelect=Jl;function kc(o){if(y[o].show)Fe&&ko(Ae[o],Dn);else if(Fe&&_t(Ae[o],Dn),lt){let f=zn?St[0]:St[o];f!=null&&Gt(f,-10,-10,Q,O)}}function tn(o,a,f){js(o,{min:a,max:f})}function Ht(o,a,f,p){a.focus!=null&&Mc(o),a.show!=null&&y.forEach(($,b)=>{b>0&&(o==b||o==null)&&($.show=a.show,kc(b),s==2?(tn($.facets[0].scale,null,null),tn($.facets[1].scale,null,null)):tn($.scale,null,null),Gn())}),f!==!1&&Je("setSeries",o,a),p&&Sl("setSeries",n,o,a)}n.setSeries=Ht;function Cc(o,a){Oe(H[o],a)}function Tc(o,a){o.fill=le(o.fill||null),o.dir=ae(o.dir,-1),a=a??H.length,H.splice(a,0,o)}function Ec(o){o==null?H.length=0:H.splice(o,1)}n.addBand=Tc,n.setBand=Cc,n.delBand=Ec;function Ac(o,a){y[o].alpha=a,lt&&St[o]!=null&&(St[o].style.opacity=a),Fe&&Ae[o]&&(Ae[o].style.opacity=a)}let Kt,nn,yn,Qn={focus:!0};function Mc(o){if(o!=yn){let a=o==null,f=Vt.alpha!=1;y.forEach((p,$)=>{if(s==1||$>0){let b=a||$==0||$==o;p._focus=a?null:b,f&&Ac($,b?1:Vt.alpha)}}),yn=o,f&&Gn()}}Fe&&Hn&&st(Sr,fe,o=>{W._lock||(vn(o),yn!=null&&Ht(null,Qn,!0,Le.setSeries))});function zt(o,a,f){let p=k[a];f&&(o=o/ue-(p.ori==1?Ve:$e));let $=Q;p.ori==1&&($=O,o=$-o),p.dir==-1&&(o=$-o);let b=p._min,x=p._max,M=o/$,D=b+(x-b)*M,N=p.distr;return N==3?rl(10,D):N==4?xu(D,p.asinh):N==100?p.bwd(D):D}function Dc(o,a){let f=zt(o,C,a);return Nt(f,t[0],Be,je)}n.valToIdx=o=>Nt(o,t[0]),n.posToIdx=Dc,n.posToVal=zt,n.valToPos=(o,a,f)=>k[a].ori==0?i(o,k[a],f?ut:Q,f?pt:0):r(o,k[a],f?Mt:O,f?yt:0),n.setCursor=(o,a,f)=>{be=o.left,Te=o.top,wn(null,a,f)};function ui(o,a){xe(Zn,sl,ye.left=o),xe(Zn,Ll,ye.width=a)}function fi(o,a){xe(Zn,Dl,ye.top=o),xe(Zn,Rl,ye.height=a)}let bl=w.ori==0?ui:fi,yl=w.ori==1?ui:fi;function Pc(){if(Fe&&ee.live)for(let o=s==2?1:0;o<y.length;o++){if(o==0&&bt)continue;let a=ee.values[o],f=0;for(let p in a)Ot[o][f++].firstChild.nodeValue=a[p]}}function Js(o,a){if(o!=null&&(o.idxs?o.idxs.forEach((f,p)=>{he[p]=f}):Eu(o.idx)||he.fill(o.idx),ee.idx=he[0]),Fe&&ee.live){for(let f=0;f<y.length;f++)(f>0||s==1&&!bt)&&Lc(f,he[f]);Pc()}wt=!1,a!==!1&&Je("setLegend")}n.setLegend=Js;function Lc(o,a){let f=y[o],p=o==0&&V==2?Dt:t[o],$;bt?$=f.values(n,o,a)??Qt:($=f.value(n,a==null?null:p[a],o,a),$=$==null?Qt:{_:$}),ee.values[o]=$}function wn(o,a,f){ai=be,ci=Te,[be,Te]=W.move(n,be,Te),W.left=be,W.top=Te,lt&&(Yn&&Gt(Yn,ze(be),0,Q,O),Jn&&Gt(Jn,0,ze(Te),Q,O));let p,$=Be>je;Kt=ge,nn=null;let b=w.ori==0?Q:O,x=w.ori==1?Q:O;if(be<0||Ze==0||$){p=W.idx=null;for(let M=0;M<y.length;M++){let D=St[M];D!=null&&Gt(D,-10,-10,Q,O)}Hn&&Ht(null,Qn,!0,o==null&&Le.setSeries),ee.live&&(he.fill(p),wt=!0)}else{let M,D,N;s==1&&(M=w.ori==0?be:Te,D=zt(M,C),p=W.idx=Nt(D,t[0],Be,je),N=R(t[0][p],w,b,0));let I=-10,F=-10,q=0,ce=0,re=!0,te="",Y="";for(let U=s==2?1:0;U<y.length;U++){let we=y[U],De=he[U],Ke=De==null?null:s==1?t[U][De]:t[U][1][De],me=W.dataIdx(n,U,p,D),Pe=me==null?null:s==1?t[U][me]:t[U][1][me];if(wt=wt||Pe!=Ke||me!=De,he[U]=me,U>0&&we.show){let ht=me==null?-10:me==p?N:R(s==1?t[0][me]:t[U][0][me],w,b,0),ot=Pe==null?-10:K(Pe,s==1?k[we.scale]:k[we.facets[1].scale],x,0);if(Hn&&Pe!=null){let xt=w.ori==1?be:Te,Pt=We(Vt.dist(n,U,me,ot,xt));if(Pt<Kt){let Wt=Vt.bias;if(Wt!=0){let mt=zt(xt,we.scale),kt=Pe>=0?1:-1,Lt=mt>=0?1:-1;Lt==kt&&(Lt==1?Wt==1?Pe>=mt:Pe<=mt:Wt==1?Pe<=mt:Pe>=mt)&&(Kt=Pt,nn=U)}else Kt=Pt,nn=U}}if(wt||zn){let xt,Pt;w.ori==0?(xt=ht,Pt=ot):(xt=ot,Pt=ht);let Wt,mt,kt,Lt,Ut,it,gt=!0,Sn=et.bbox;if(Sn!=null){gt=!1;let rt=Sn(n,U);kt=rt.left,Lt=rt.top,Wt=rt.width,mt=rt.height}else kt=xt,Lt=Pt,Wt=mt=et.size(n,U);if(it=et.fill(n,U),Ut=et.stroke(n,U),zn)U==nn&&Kt<=Vt.prox&&(I=kt,F=Lt,q=Wt,ce=mt,re=gt,te=it,Y=Ut);else{let rt=St[U];rt!=null&&(Wn[U]=kt,Un[U]=Lt,Mr(rt,Wt,mt,gt),Er(rt,it,Ut),Gt(rt,Et(kt),Et(Lt),Q,O))}}}}if(zn){let U=Vt.prox,we=yn==null?Kt<=U:Kt>U||nn!=yn;if(wt||we){let De=St[0];De!=null&&(Wn[0]=I,Un[0]=F,Mr(De,q,ce,re),Er(De,te,Y),Gt(De,Et(I),Et(F),Q,O))}}}if(ye.show&&en)if(o!=null){let[M,D]=Le.scales,[N,I]=Le.match,[F,q]=o.cursor.sync.scales,ce=o.cursor.drag;if(Ge=ce._x,Ye=ce._y,Ge||Ye){let{left:re,top:te,width:Y,height:U}=o.select,we=o.scales[F].ori,De=o.posToVal,Ke,me,Pe,ht,ot,xt=M!=null&&N(M,F),Pt=D!=null&&I(D,q);xt&&Ge?(we==0?(Ke=re,me=Y):(Ke=te,me=U),Pe=k[M],ht=R(De(Ke,F),Pe,b,0),ot=R(De(Ke+me,F),Pe,b,0),bl(It(ht,ot),We(ot-ht))):bl(0,b),Pt&&Ye?(we==1?(Ke=re,me=Y):(Ke=te,me=U),Pe=k[D],ht=K(De(Ke,q),Pe,x,0),ot=K(De(Ke+me,q),Pe,x,0),yl(It(ht,ot),We(ot-ht))):yl(0,x)}else Zs()}else{let M=We(ai-ii),D=We(ci-ri);if(w.ori==1){let q=M;M=D,D=q}Ge=Qe.x&&M>=Qe.dist,Ye=Qe.y&&D>=Qe.dist;let N=Qe.uni;N!=null?Ge&&Ye&&(Ge=M>=N,Ye=D>=N,!Ge&&!Ye&&(D>M?Ye=!0:Ge=!0)):Qe.x&&Qe.y&&(Ge||Ye)&&(Ge=Ye=!0);let I,F;Ge&&(w.ori==0?(I=Kn,F=be):(I=qn,F=Te),bl(It(I,F),We(F-I)),Ye||yl(0,x)),Ye&&(w.ori==1?(I=Kn,F=be):(I=qn,F=Te),yl(It(I,F),We(F-I)),Ge||bl(0,b)),!Ge&&!Ye&&(bl(0,0),yl(0,0))}if(Qe._x=Ge,Qe._y=Ye,o==null){if(f){if(wi!=null){let[M,D]=Le.scales;Le.values[0]=M!=null?zt(w.ori==0?be:Te,M):null,Le.values[1]=D!=null?zt(w.ori==1?be:Te,D):null}Sl(_o,n,be,Te,Q,O,p)}if(Hn){let M=f&&Le.setSeries,D=Vt.prox;yn==null?Kt<=D&&Ht(nn,Qn,!0,M):Kt>D?Ht(null,Qn,!0,M):nn!=yn&&Ht(nn,Qn,!0,M)}}wt&&(ee.idx=p,Js()),a!==!1&&Je("setCursor")}let ln=null;Object.defineProperty(n,"rect",{get(){return ln==null&&wl(!1),ln}});function wl(o=!1){o?ln=null:(ln=S.getBoundingClientRect(),Je("syncRect",ln))}function di(o,a,f,p,$,b,x){W._lock||en&&o!=null&&o.movementX==0&&o.movementY==0||(Ks(o,a,f,p,$,b,x,!1,o!=null),o!=null?wn(null,!0,!0):wn(a,!0,!1))}function Ks(o,a,f,p,$,b,x,M,D){if(ln==null&&wl(!1),vn(o),o!=null)f=o.clientX-ln.left,p=o.clientY-ln.top;else{if(f<0||p<0){be=-10,Te=-10;return}let[N,I]=Le.scales,F=a.cursor.sync,[q,ce]=F.values,[re,te]=F.scales,[Y,U]=Le.match,we=a.axes[0].side%2==1,De=w.ori==0?Q:O,Ke=w.ori==1?Q:O,me=we?b:$,Pe=we?$:b,ht=we?p:f,ot=we?f:p;if(re!=null?f=Y(N,re)?c(q,k[N],De,0):-10:f=De*(ht/me),te!=null?p=U(I,te)?c(ce,k[I],Ke,0):-10:p=Ke*(ot/Pe),w.ori==1){let xt=f;f=p,p=xt}}D&&(a==null||a.cursor.event.type==_o)&&((f<=1||f>=Q-1)&&(f=An(f,Q)),(p<=1||p>=O-1)&&(p=An(p,O))),M?(ii=f,ri=p,[Kn,qn]=W.move(n,f,p)):(be=f,Te=p)}let qs={width:0,height:0,left:0,top:0};function Zs(){Jl(qs,!1)}let pi,hi,mi,gi;function _i(o,a,f,p,$,b,x){en=!0,Ge=Ye=Qe._x=Qe._y=!1,Ks(o,a,f,p,$,b,x,!0,!1),o!=null&&(st($o,So,$i,!1),Sl(yr,n,Kn,qn,Q,O,null));let{left:M,top:D,width:N,height:I}=ye;pi=M,hi=D,mi=N,gi=I}function $i(o,a,f,p,$,b,x){en=Qe._x=Qe._y=!1,Ks(o,a,f,p,$,b,x,!1,!0);let{left:M,top:D,width:N,height:I}=ye,F=N>0||I>0,q=pi!=M||hi!=D||mi!=N||gi!=I;if(F&&q&&Jl(ye),Qe.setScale&&F&&q){let ce=M,re=N,te=D,Y=I;if(w.ori==1&&(ce=D,re=I,te=M,Y=N),Ge&&tn(C,zt(ce,C),zt(ce+re,C)),Ye)for(let U in k){let we=k[U];U!=C&&we.from==null&&we.min!=ge&&tn(U,zt(te+Y,U),zt(te,U))}Zs()}else W.lock&&(W._lock=!W._lock,wn(a,!0,o!=null));o!=null&&(On($o,So),Sl($o,n,be,Te,Q,O,null))}function Rc(o,a,f,p,$,b,x){if(W._lock)return;vn(o);let M=en;if(en){let D=!0,N=!0,I=10,F,q;w.ori==0?(F=Ge,q=Ye):(F=Ye,q=Ge),F&&q&&(D=be<=I||be>=Q-I,N=Te<=I||Te>=O-I),F&&D&&(be=be<Kn?0:Q),q&&N&&(Te=Te<qn?0:O),wn(null,!0,!0),en=!1}be=-10,Te=-10,he.fill(null),wn(null,!0,!0),M&&(en=M)}function vi(o,a,f,p,$,b,x){W._lock||(vn(o),Ls(),Zs(),o!=null&&Sl(xr,n,be,Te,Q,O,null))}function bi(){P.forEach(jf),Ps(n.width,n.height,!0)}Pn(ms,il,bi);let Xn={};Xn.mousedown=_i,Xn.mousemove=di,Xn.mouseup=$i,Xn.dblclick=vi,Xn.setSeries=(o,a,f,p)=>{let $=Le.match[2];f=$(n,a,f),f!=-1&&Ht(f,p,!0,!1)},lt&&(st(yr,S,_i),st(_o,S,di),st(wr,S,o=>{vn(o),wl(!1)}),st(Sr,S,Rc),st(xr,S,vi),Do.add(n),n.syncRect=wl);let Kl=n.hooks=e.hooks||{};function Je(o,a,f){Bs?vl.push([o,a,f]):o in Kl&&Kl[o].forEach(p=>{p.call(null,n,a,f)})}(e.plugins||[]).forEach(o=>{for(let a in o.hooks)Kl[a]=(Kl[a]||[]).concat(o.hooks[a])});let yi=(o,a,f)=>f,Le=Oe({key:null,setSeries:!1,filters:{pub:Nr,sub:Nr},scales:[C,y[1]?y[1].scale:null],match:[Ir,Ir,yi],values:[null,null]},W.sync);Le.match.length==2&&Le.match.push(yi),W.sync=Le;let wi=Le.key,Qs=Pa(wi);function Sl(o,a,f,p,$,b,x){Le.filters.pub(o,a,f,p,$,b,x)&&Qs.pub(o,a,f,p,$,b,x)}Qs.sub(n);function Nc(o,a,f,p,$,b,x){Le.filters.sub(o,a,f,p,$,b,x)&&Xn[o](null,a,f,p,$,b,x)}n.pub=Nc;function Ic(){Qs.unsub(n),Do.delete(n),hn.clear(),Co(ms,il,bi),m.remove(),fe?.remove(),Je("destroy")}n.destroy=Ic;function Xs(){Je("init",e,t),Qo(t||e.data,!1),j[C]?js(C,j[C]):Ls(),Wl=ye.show&&(ye.width>0||ye.height>0),$n=wt=!0,Ps(e.width,e.height)}return y.forEach(qo),P.forEach(hc),l?l instanceof HTMLElement?(l.appendChild(m),Xs()):l(n,Xs):Xs(),n}Xe.assign=Oe;Xe.fmtNum=Fo;Xe.rangeNum=gs;Xe.rangeLog=vs;Xe.rangeAsinh=Io;Xe.orient=Rn;Xe.pxRatio=ue;Xe.join=Nu;Xe.fmtDate=Ho,Xe.tzDate=Gu;Xe.sync=Pa;{Xe.addGap=Af,Xe.clipGaps=ws;let e=Xe.paths={points:Fa};e.linear=Ha,e.stepped=Pf,e.bars=Lf,e.spline=Nf}function Cs(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Gf(e){let t=/^var\((--[\w-]+)\)$/.exec(e);return t?Cs(t[1]):e}function dn({title:e,series:t,data:l,format:n,height:s=170,emptyText:i,range:r}){let c=el(r);c.current=r;let u=el(null),m=el(null),[d,h]=L(0);ne(()=>{let E=()=>h(T=>T+1);return addEventListener("switchboard-theme",E),()=>removeEventListener("switchboard-theme",E)},[]);let _=t.map(E=>E.label+E.color).join("|"),g=(l[0]?.length??0)>0&&l.slice(1).some(E=>E.some(T=>T!=null));ne(()=>{let E=u.current;if(!E)return;let T={stroke:Cs("--muted"),grid:{stroke:Cs("--grid"),width:1},ticks:{stroke:Cs("--grid"),width:1},font:"11px system-ui, sans-serif"},A={width:Math.max(200,E.clientWidth),height:s,legend:{show:!0,live:!0},cursor:{drag:{x:!1,y:!1}},scales:{x:{time:!0,range:(k,H,C)=>c.current??[H,C]},y:{range:(k,H,C)=>[0,C>0?C*1.1:1]}},axes:[T,{...T,size:60,values:(k,H)=>H.map(C=>n(C))}],series:[{},...t.map(k=>({label:k.label,stroke:Gf(k.color),width:2,...k.dash?{dash:[6,4]}:{},points:{show:H=>(H.data[0]?.length??0)<4,size:6},value:(H,C)=>C==null?"\u2014":n(C)}))]},y=new Xe(A,l,E);m.current=y;let P=new ResizeObserver(()=>{y.setSize({width:Math.max(200,E.clientWidth),height:s})});return P.observe(E),()=>{P.disconnect(),y.destroy(),m.current=null}},[_,s,d]),ne(()=>{m.current?.setData(l)},[l]);let S=l.slice(1).some(E=>E.some(T=>typeof T=="number"&&T>0));return v`<figure class="chart" aria-label=${e} data-nonzero=${S?"":void 0}>
    <figcaption>${e}</figcaption>
    <div class="chart-box" ref=${u} role="img" aria-label=${`${e} chart`}></div>
    ${g?null:v`<div class="chart-empty">${i??"no data in this range yet"}</div>`}
  </figure>`}function Ts(){let e=de(Se),t=qe("sessions"),[l,n]=L(null),[s,i]=L({});ne(()=>{os("GET /nodes")&&Me("/nodes").then(u=>n(u.items)).catch(()=>n(null))},[Math.floor(t/10)]),ne(()=>{Me("/sessions",{status:"active",limit:1e3}).then(u=>{let m={};for(let d of u.items)m[d.edgeId??"?"]=(m[d.edgeId??"?"]??0)+1;i(m)}).catch(()=>i({}))},[t]);let r=e.fleet?.summary.positions??{},c=e.fleet?.summary.routing??[];return v`
    <div class="cluster">
      <div>
          <h3>Nodes</h3>
          ${l?v`
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">node</th>
                    <th scope="col" class="hide-narrow">version</th>
                    <th scope="col" class="num">partitions</th>
                    <th scope="col" class="num">sessions</th>
                    <th scope="col">up since</th>
                  </tr>
                </thead>
                <tbody>
                        ${l.map(u=>v`
                            <tr>
                              <td title=${u.address??""}>${u.id}${u.self?v`
                                  <span class="tag">this</span>
                                `:null}</td>
                              <td class="hide-narrow">${u.version??"\u2014"}</td>
                              <td class="num">${u.partitions.length}</td>
                              <td class="num">${nt(u.sessions)}</td>
                              <td>
                                <${Ee} at=${u.startedAt} />
                              </td>
                            </tr>
                          `)}</tbody>
              </table>
            `:v`
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">node (edge)</th>
                    <th scope="col">active sessions</th>
                  </tr>
                </thead>
                <tbody>
                        ${Object.entries(s).map(([u,m])=>v`
                            <tr>
                              <td>${u}</td>
                              <td>${m}</td>
                            </tr>
                          `)}
                        ${Object.keys(s).length===0?v`
                            <tr>
                              <td colspan="2" class="muted">no active sessions</td>
                            </tr>
                          `:null}
                        </tbody>
              </table>
            `}
        </div>
      <div>
        <h3>Routing decisions</h3>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">strategy</th>
              <th scope="col" class="num">routed</th>
              <th scope="col" class="num">failovers</th>
              <th scope="col" class="num">share</th>
            </tr>
          </thead>
          <tbody>
            ${c.map(u=>v`
                <tr>
                  <td>${u.strategy}</td>
                  <td class="num">${nt(u.routed)}</td>
                  <td class="num">${nt(u.rebound)}</td>
                  <td class="num">${Ml(u.share)}</td>
                </tr>
              `)}
            ${c.length===0?v`
                <tr>
                  <td colspan="4" class="muted">none yet</td>
                </tr>
              `:null}
          </tbody>
        </table>
      </div>
      <div>
        <h3>Read models</h3>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">projection</th>
              <th scope="col">log position</th>
            </tr>
          </thead>
          <tbody>${Object.entries(r).map(([u,m])=>v`
              <tr>
                <td>${u}</td>
                <td>${nt(m)}</td>
              </tr>
            `)}</tbody>
        </table>
      </div>
    </div>
  `}function Ba(){let e=qe("alerts"),[t,l]=L([]);return ne(()=>{os("GET /alerts")&&Me("/alerts",{state:"firing"}).then(n=>l(n.items.filter(s=>(s.state??"firing")==="firing"))).catch(()=>l([]))},[e]),t.length===0?null:v`<div class="banner bad" role="alert">
    <strong>${t.length} alert${t.length>1?"s":""} firing:</strong>
    ${t.slice(0,4).map(n=>v`<a href="#/alerts" class="banner-item">${n.labels?.alertname??n.annotations?.summary??n.ruleId}${n.labels?.agent?` (${n.labels.agent})`:""}</a>`)}${t.length>4?v`
        and ${t.length-4} more
      `:null}
  </div>`}var Yf={"5m":{seconds:300,resolution:10},"1h":{seconds:3600,resolution:60},"24h":{seconds:86400,resolution:60}},pn={a:"var(--c1)",b:"var(--c2)",c:"var(--c3)",d:"var(--c4)"};function Es(e,t){let l=e;for(let n of t.split("."))l=l&&typeof l=="object"?l[n]:null;return typeof l=="number"?l:null}function hl(e,t,l){let n=[...e].filter(s=>Date.parse(s.start)>=l).sort((s,i)=>Date.parse(s.start)-Date.parse(i.start));return[n.map(s=>Date.parse(s.start)/1e3),...t.map(s=>n.map(i=>typeof s=="string"?Es(i,s):s(i)))]}var Jf=e=>{let t=Es(e,"opened");return t===null?null:t/e.seconds};function Kf(e,t){let l=e.filter(r=>Date.parse(r.at)>=t),n=l.map(r=>Date.parse(r.at)/1e3),s=l.map(r=>r.sessions),i=l.map((r,c)=>{let u=l[c-1];if(!u)return null;let m=(Date.parse(r.at)-Date.parse(u.at))/1e3;return m>0?Math.max(0,(r.opened-u.opened)/m):null});return{xs:n,sessions:s,opens:i}}function ja(){let e=de(Se),[t,l]=L("5m"),[n,s]=L([]),[i,r]=L(null),c=qe("tick"),u=e.fleet?.summary,{seconds:m,resolution:d}=Yf[t];ne(()=>{let y=Math.ceil(m/d)+1;Me("/load/series",{scope:"fleet",resolution:d,limit:y}).then(P=>{s(P.items),r(null)}).catch(r)},[t,Math.floor(c/5)]);let h=Date.now()-m*1e3,_=[h/1e3,Date.now()/1e3],g=ho(()=>Kf(e.history,h),[e.history,t]),S=n.some(y=>Es(y,"opened")!==null),E=n.some(y=>Es(y,"relayLatencyMs.p50")!==null)?["relayLatencyMs.p50","relayLatencyMs.p99"]:["latencyP50Ms","latencyP99Ms"],T=u?.relayLatencyMs,A=u?.responseLatencyMs;return v`
    <div class="view">
      <${Ba} />
      <div class="view-head">
        <h1>Overview</h1>
        <div class="spacer"></div>
        <${gr} label="Time range" value=${t} onChange=${l}
          options=${[{value:"5m",label:"5 min"},{value:"1h",label:"1 h"},{value:"24h",label:"24 h"}]} />
      </div>
      <${Ie} error=${i} />
      <div class="stats">
          <${cn} label="Live sessions" value=${nt(u?.sessions.live)}
            hint=${`${nt(u?.connections)} attached`} />
          <${cn} label="Agents" value=${nt(u?.agents.total)}
            hint=${u?Object.entries(u.agents.byStatus).map(([y,P])=>`${P} ${y}`).join(" \xB7 "):""} />
          <${cn} label="Frames" value=${cs(u?.framesPerSecond)} />
          <${cn} label="Traffic" value=${rn(u?.bytesPerSecond,"/s")} />
          <${cn} label="Error rate" value=${Ml(u?.errorRate)}
            tone=${(u?.errorRate??0)>.05?"bad":""} />
          <${cn} label="Relay p50 / p99"
            value=${`${En(T?.p50??u?.latencyP50Ms)} / ${En(T?.p99??u?.latencyP99Ms)}`} />
          ${A?v`<${cn} label="Response p50 / p99" value=${`${En(A.p50)} / ${En(A.p99)}`} />`:null}
        </div>
      <div class="charts">
        <${dn} range=${_} title="Sessions" format=${y=>y.toFixed(0)}
          series=${[{label:"live sessions",color:pn.a}]}
          data=${[g.xs,g.sessions]}
          emptyText="samples start when this node's UI feed starts" />
        <${dn} range=${_} title="Opens per second" format=${y=>cs(y,"")}
          series=${[{label:"opens/s",color:pn.b}]}
          data=${S?hl(n,[Jf],h):[g.xs,g.opens]} />
        <${dn} range=${_} title="Frames per second" format=${y=>cs(y,"")}
          series=${[{label:"frames/s",color:pn.c}]}
          data=${hl(n,["framesPerSecond"],h)} />
        <${dn} range=${_} title="Bytes per second" format=${y=>rn(y)}
          series=${[{label:"bytes/s",color:pn.d}]}
          data=${hl(n,["bytesPerSecond"],h)} />
        <${dn} range=${_} title="Error rate" format=${y=>Ml(y)}
          series=${[{label:"error rate",color:"var(--bad)"}]}
          data=${hl(n,["errorRate"],h)} />
        <${dn} range=${_} title="Relay latency" format=${y=>En(y)}
          series=${[{label:"p50",color:pn.a},{label:"p99",color:pn.b}]}
          data=${hl(n,E,h)}
          emptyText="no relay latency measured in this range" />
        <${dn} range=${_} title="Response latency" format=${y=>En(y)}
          series=${[{label:"p50",color:pn.c},{label:"p99",color:pn.d}]}
          data=${hl(n,["responseLatencyMs.p50","responseLatencyMs.p99"],h)}
          emptyText="no response latency measured in this range" />
      </div>
      <${X} title="Cluster">
        <${Ts} />
        </${X}>
        </div>
  `}function qf(e){if(e.length<2)return 0;let t=e.reduce((n,s)=>n+s,0)/e.length;if(t===0)return 0;let l=e.reduce((n,s)=>n+(s-t)**2,0)/e.length;return Math.sqrt(l)/t}function Zf(e){let t=new Map;for(let l of e)if(l.status!=="deregistered")for(let n of l.capabilities)t.set(n,[...t.get(n)??[],l]);return[...t.entries()].sort(([l],[n])=>l.localeCompare(n))}function Ga(){let t=de(Se).fleet?.agents??[],l=Zf(t),n=Math.max(1,...t.map(s=>s.currentSessions));return v`<div class="view">
    <div class="view-head"><h1>Connection distribution</h1></div>
    ${l.length===0?v`<${oe}>No agents registered.</${oe}>`:null}
    <div class="dist-grid">
    ${l.map(([s,i])=>{let r=i.map(d=>d.currentSessions),c=r.reduce((d,h)=>d+h,0),u=qf(r),m=u>.5?"bad":u>.25?"warn":"good";return v`
        <${X} title=${s}
          actions=${v`
            <span class=${`badge t-${m}`}
              title="standard deviation over mean of sessions per agent">
                      ${c} sessions · imbalance ${(u*100).toFixed(0)}%</span>
          `}>
          <ul class="bars" aria-label=${`sessions per agent for ${s}`}>
                ${[...i].sort((d,h)=>h.currentSessions-d.currentSessions).map(d=>v`
                    <li class="bar-row">
                      <a class="bar-name" href=${`#/agents/${encodeURIComponent(d.id)}`}>${d.name}</a>
                      <span class="bar-track" role="meter" aria-valuemin="0" aria-valuemax=${n}
                        aria-valuenow=${d.currentSessions} aria-label=${`${d.name} sessions`}>
                                  <span class=${`bar-fill s-${d.status}`} style=${{width:`${d.currentSessions/n*100}%`}}></span></span>
                      <span class="bar-value">${d.currentSessions}</span>
                      <${Ct} status=${d.status} maintenance=${d.maintenance} />
                    </li>
                  `)}
                </ul>
          </${X}>
      `})}
    </div>
    <${X} title="Per node"><${Ts} /></${X}>
  </div>`}var ml=(e,t="")=>`/agents/${encodeURIComponent(e.id)}${t}`;function Vl({agent:e,ask:t,compact:l}){if(e.status==="deregistered")return null;let n=v`<strong>${e.name}</strong>`,s=[e.draining?v`<button type="button" onClick=${()=>t({title:`Undrain ${e.name}?`,body:v`<p>${n} takes new sessions again.</p>`,confirmLabel:"Undrain",run:()=>tt("POST",ml(e,"/undrain"),{})})}>Undrain</button>`:v`<button type="button" onClick=${()=>t({title:`Drain ${e.name}?`,body:v`<p>${n} takes no new sessions; its ${e.currentSessions} sessions stay
            until they end.</p>`,confirmLabel:"Drain",run:()=>tt("POST",ml(e,"/drain"),{})})}>Drain</button>`,v`<button type="button" onClick=${()=>t({title:`${e.maintenance?"End":"Start"} maintenance on ${e.name}?`,body:v`<p>${e.maintenance?"It takes new sessions again.":"It is drained and marked as in maintenance."}</p>`,confirmLabel:e.maintenance?"End maintenance":"Start maintenance",run:()=>tt("POST",ml(e,"/maintenance"),{on:!e.maintenance})})}>${e.maintenance?"End maint.":"Maintenance"}</button>`,v`<button type="button" onClick=${()=>t({title:`Weight of ${e.name}`,body:v`<p>Weighted strategies send it sessions in proportion (0–1000).</p>`,confirmLabel:"Set weight",input:{label:"Weight",value:String(e.weight??1),type:"number"},run:i=>tt("POST",ml(e,"/weight"),{weight:Number(i)})})}>Weight</button>`,v`<button type="button" class="warn" onClick=${()=>t({title:`Eject ${e.name}?`,body:v`<p>${n} is marked unhealthy at once and its sessions move to other agents.
          Its heartbeats bring it back.</p>`,confirmLabel:"Eject",danger:!0,run:()=>tt("POST",ml(e,"/eject"),{})})}>Eject</button>`,v`<button type="button" class="danger" onClick=${()=>t({title:`Deregister ${e.name}?`,body:v`<p>${n} leaves the registry; its sessions move to other agents.</p>`,confirmLabel:"Deregister",danger:!0,run:()=>tt("DELETE",ml(e))})}>Deregister</button>`];return v`
    <div class=${`actions ${l?"compact":""}`} role="group"
      aria-label=${`actions for ${e.name}`}>${s}</div>
  `}var Qf=["","healthy","suspect","unhealthy","draining","deregistered"];function Xf(e,t,l){if(l?e.status!==l:e.status==="deregistered")return!1;if(!t)return!0;let n=t.toLowerCase();return[e.name,e.id,e.version??"",e.host,...e.capabilities].some(s=>s.toLowerCase().includes(n))}function Ya(){let e=de(Se),t=de(Ne),[l,n]=L(""),[s,i]=L(""),[r,c]=L(null),u=(e.fleet?.agents??[]).filter(d=>Xf(d,l,s)).sort((d,h)=>d.name.localeCompare(h.name)),m=Bt(t);return v`<div class="view">
    <div class="view-head"><h1>Agents</h1><div class="spacer"></div>
      <label class="field inline">Filter
        <input type="search" placeholder="name, id, capability, version" value=${l}
          onInput=${d=>n(d.target.value)} /></label>
      <label class="field inline">Status
        <select value=${s} onChange=${d=>i(d.target.value)}>
          ${Qf.map(d=>v`<option value=${d}>${d||"all but deregistered"}</option>`)}
        </select></label>
    </div>
    <div class="table-wrap">
    <table class="table" aria-label="agents">
      <thead><tr><th scope="col">Agent</th><th scope="col">Status</th><th scope="col">Capabilities</th>
        <th scope="col">Version</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Sessions</th>
        <th scope="col" class="hide-narrow">Load</th><th scope="col">Heartbeat</th>
        ${m?v`<th scope="col">Actions</th>`:null}</tr></thead>
      <tbody>${u.map(d=>v`<tr data-agent=${d.id}>
        <td><a href=${`#/agents/${encodeURIComponent(d.id)}`} onClick=${h=>{h.preventDefault(),as(`agents/${encodeURIComponent(d.id)}`)}}>${d.name}</a> <${an} id=${d.id} iconOnly=${d.id===d.name} /></td>
        <td><${Ct} status=${d.status} maintenance=${d.maintenance} /></td>
        <td>${d.capabilities.map(h=>v`<span class="tag">${h}</span>`)}</td>
        <td>${d.version??"\u2014"}</td>
        <td class="num">${d.weight??1}</td>
        <td class="num">${d.currentSessions}${d.maxSessions?v`<span class="muted">/${d.maxSessions}</span>`:null}</td>
        <td class="hide-narrow">${d.load.cpu!==void 0?`cpu ${d.load.cpu.toFixed(0)}%`:"\u2014"}${d.load.latencyMs!==void 0?` \xB7 ${d.load.latencyMs.toFixed(0)} ms`:""}</td>
        <td><${Ee} at=${d.lastHeartbeatAt} /></td>
        ${m?v`
            <td>
              <div class="wide-only">
                <${Vl} agent=${d} ask=${c} compact />
              </div>
              <details class="menu narrow-only">
                <summary>Actions</summary>
                <${Vl} agent=${d} ask=${c} />
              </details>
            </td>
          `:null}
      </tr>`)}</tbody>
    </table>
    </div>
    ${u.length===0?v`<${oe}>No agent matches.</${oe}>`:null}
    <${jt} request=${r} onClose=${()=>c(null)} />
  </div>`}function As({sessions:e}){let l=de(Se).fleet?.agents;return e.length===0?v`<${oe}>No sessions.</${oe}>`:v`
    <div class="table-wrap">
      <table class="table" aria-label="sessions">
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Status</th>
            <th scope="col">Capability</th>
            <th scope="col">Agent</th>
            <th scope="col" class="hide-narrow">Client</th>
            <th scope="col">Opened</th>
            <th scope="col" class="num">Frames in/out</th>
            <th scope="col" class="num hide-narrow">Bytes</th>
          </tr>
        </thead>
        <tbody>${e.map(n=>v`
            <tr data-session=${n.id}>
              <td>
                <${an} id=${n.id} href=${`#/sessions/${encodeURIComponent(n.id)}`} />
              </td>
              <td>
                <${Ct} status=${n.status} />
              </td>
              <td>${n.capability??n.agentType??"\u2014"}</td>
              <td>${n.agentId?v`<a href=${`#/agents/${encodeURIComponent(n.agentId)}`}>${nl(l,n.agentId)}</a>`:"\u2014"}</td>
              <td class="hide-narrow">${n.clientId}</td>
              <td>
                <${Ee} at=${n.openedAt} />
              </td>
              <td class="num">${nt(n.traffic.framesIn)} / ${nt(n.traffic.framesOut)}</td>
              <td class="num hide-narrow">${rn(n.traffic.bytesIn+n.traffic.bytesOut)}</td>
            </tr>
          `)}</tbody>
      </table>
    </div>
  `}var ed=["agent.registered","agent.updated","agent.healthChanged","agent.drained","agent.undrained","agent.maintenanceChanged","agent.weightChanged","agent.deregistered"];function td(e){let t=e.data;switch(e.type){case"agent.healthChanged":return`${t.from} \u2192 ${t.to}${t.reason?`: ${t.reason}`:""}`;case"agent.drained":return`drained${t.deadline?` until ${t.deadline}`:""}`;case"agent.maintenanceChanged":return t.on?"maintenance on":"maintenance off";case"agent.undrained":return"undrained";case"agent.weightChanged":return`weight ${t.previous} \u2192 ${t.weight}`;case"agent.updated":return`updated (version ${t.previousVersion} \u2192 ${t.version})`;case"agent.registered":return`registered, version ${t.version}`;case"agent.deregistered":return`deregistered: ${t.reason}`;default:return e.type}}function Ja({id:e}){let t=de(Ne),l=qe("agents","sessions"),[n,s]=L(null),[i,r]=L([]),[c,u]=L(null),[m,d]=L(null),[h,_]=L(null);return ne(()=>{Me(`/agents/${encodeURIComponent(e)}`).then(s).catch(d),Me("/sessions",{agentId:e,limit:50}).then(g=>r(g.items)).catch(d),Tn(t)&&Cn("/events",{stream:`agent-${e}`,type:ed.join(","),limit:200}).then(g=>u(g.reverse())).catch(()=>u(null))},[e,l]),m?v`
      <div class="view">
        <${Ie} error=${m} />
      </div>
    `:n?v`
    <div class="view">
      <nav class="crumbs" aria-label="breadcrumb"><a href="#/agents">Agents</a> / ${n.name}</nav>
      <div class="view-head"><h1>${n.name}</h1>
          <${Ct} status=${n.status} maintenance=${n.maintenance} />
          <div class="spacer"></div>
          ${Bt(t)?v`<${Vl} agent=${n} ask=${_} />`:null}
        </div>
      <div class="detail-grid">
        <${X} title="Agent">
          <dl class="props">
            <dt>id</dt>
            <dd>
              <${an} id=${n.id} />
            </dd>
            <dt>address</dt>
            <dd><code>${n.host}:${n.port}${n.path??"/"}</code></dd>
            <dt>type</dt>
            <dd>${n.agentType}</dd>
            <dt>capabilities</dt>
            <dd>${n.capabilities.map(g=>v`<span class="tag">${g}</span>`)}</dd>
            <dt>version</dt>
            <dd>${n.version??"\u2014"}</dd>
            <dt>weight</dt>
            <dd>${n.weight??1}</dd>
            <dt>sessions</dt>
            <dd>${n.currentSessions}${n.maxSessions?` of ${n.maxSessions}`:""}</dd>
            <dt>health</dt>
            <dd>${n.health}${n.ejectedUntil?v`
                (held out until <${Ee} at=${n.ejectedUntil} />)
              `:null}</dd>
            <dt>last heartbeat</dt>
            <dd>
              <${Ee} at=${n.lastHeartbeatAt} />
            </dd>
            <dt>registered</dt>
            <dd>
              <${Ee} at=${n.registeredAt} />
            </dd>
            <dt>load</dt>
            <dd>${Object.entries(n.load).map(([g,S])=>`${g} ${S}`).join(" \xB7 ")||"\u2014"}</dd>
          </dl>
          </${X}>
          <${X} title="Versions">
            <table class="table compact">
              <thead>
                <tr>
                  <th scope="col">version</th>
                  <th scope="col">from</th>
                  <th scope="col">when</th>
                </tr>
              </thead>
              <tbody>${n.versions.map(g=>v`
                  <tr>
                    <td>${g.version}</td>
                    <td>${g.previousVersion??"\u2014"}</td>
                    <td>
                      <${Ee} at=${g.at} />
                    </td>
                  </tr>
                `)}</tbody>
            </table>
            </${X}>
            <${X} title="Health history">
            ${c===null?v`<${oe}>The history comes from the event log, which needs the auditor or admin role.</${oe}>`:v`<ol class="timeline">${c.map(g=>v`<li><${Ee} at=${g.data.at} /> <span>${td(g)}</span></li>`)}</ol>`}
          </${X}>
        </div>
        <${X} title="Sessions on this agent">
          <${As} sessions=${i} />
        </${X}>
        <${jt} request=${h} onClose=${()=>_(null)} />
      </div>
  `:v`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `}var nd=["","opening","active","detached","closed"],ld=25;function Ka(){let e=de(Se),t=qe("sessions"),[l,n]=L(""),[s,i]=L(""),[r,c]=L(""),[u,m]=L(""),[d,h]=L([void 0]),[_,g]=L(null),[S,E]=L(null),T=d.at(-1);ne(()=>{Me("/sessions",{status:l,agentId:s,limit:ld,cursor:T}).then(C=>{g(C),E(null)}).catch(E)},[l,s,T,t]);let A=C=>J=>{C(J),h([void 0])},y=(_?.items??[]).filter(C=>(!r||(C.capability??C.agentType??"").includes(r))&&(!u||C.clientId.includes(u))),P=(e.fleet?.agents??[]).filter(C=>C.status!=="deregistered"),k=[...new Set(P.flatMap(C=>C.capabilities))].sort(),H=C=>C.target.value;return v`
    <div class="view">
      <div class="view-head">
        <h1>Sessions</h1>
      </div>
      <div class="filters" role="search">
        <label class="field inline">Status <select value=${l}
            onChange=${C=>A(n)(H(C))}>
            ${nd.map(C=>v`<option value=${C}>${C||"any"}</option>`)}</select></label>
        <label class="field inline">Agent <select value=${s}
            onChange=${C=>A(i)(H(C))}>
            <option value="">any</option>
            ${P.map(C=>v`<option value=${C.id}>${C.name}</option>`)}</select></label>
        <label class="field inline">Capability <select value=${r}
            onChange=${C=>c(H(C))}>
            <option value="">any</option>
            ${k.map(C=>v`<option value=${C}>${C}</option>`)}</select></label>
        <label
          class="field inline">Client <input type="search" value=${u} placeholder="client id"
            onInput=${C=>m(H(C))} /></label>
      </div>
      <${Ie} error=${S} />
      <${As} sessions=${y} />
      <div class="pager" role="navigation" aria-label="pages">
        <button type="button" disabled=${d.length<=1}
          onClick=${()=>h(d.slice(0,-1))}>← Newer</button>
        <span class="muted">page ${d.length}</span>
        <button type="button" disabled=${!_?.nextCursor}
          onClick=${()=>h([...d,Number(_.nextCursor)])}>Older →</button>
      </div>
    </div>
  `}function qa({id:e}){let t=de(Ne),l=de(Se),n=qe("sessions"),[s,i]=L(null),[r,c]=L(null),[u,m]=L(null),[d,h]=L(null);if(ne(()=>{Me(`/sessions/${encodeURIComponent(e)}`).then(i).catch(m),Tn(t)&&Cn("/events",{stream:`session-${e}`,limit:500}).then(c).catch(()=>c(null))},[e,n]),u)return v`
      <div class="view">
        <${Ie} error=${u} />
      </div>
    `;if(!s)return v`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `;let _=l.fleet?.agents,g=[...r??[]].reverse().find(A=>A.type==="session.routed"||A.type==="session.rebound"),S=g?.data.decision,E=g?.data.agentId,T=()=>h({title:"Close this session?",body:v`<p>The client's socket is closed by the edge holding it.</p>`,confirmLabel:"Close session",danger:!0,run:()=>tt("DELETE",`/sessions/${encodeURIComponent(e)}`)});return v`
    <div class="view">
      <nav class="crumbs" aria-label="breadcrumb"><a href="#/sessions">Sessions</a> / ${e.slice(0,8)}</nav>
      <div
        class="view-head"><h1>Session <${an} id=${s.id} /></h1><${Ct} status=${s.status} />
          <div class="spacer"></div>
          ${Bt(t)&&s.status!=="closed"?v`<button type="button" class="danger" onClick=${T}>Close session</button>`:null}
        </div>
      <div class="detail-grid">
        <${X} title="Session">
          <dl class="props">
              <dt>capability</dt><dd>${s.capability??s.agentType??"\u2014"}</dd>
              <dt>agent</dt><dd>${s.agentId?v`<a href=${`#/agents/${encodeURIComponent(s.agentId)}`}>${nl(_,s.agentId)}</a>`:"\u2014"}</dd>
              <dt>client</dt><dd>${s.clientId}</dd>
              <dt>edge</dt><dd>${s.edgeId??"\u2014"}</dd>
              <dt>opened</dt><dd><${Ee} at=${s.openedAt} /></dd>
              <dt>last event</dt><dd><${Ee} at=${s.lastEventAt} /></dd>
              ${s.closedAt?v`
                  <dt>closed</dt>
                  <dd><${Ee} at=${s.closedAt} /> ${s.closeReason??""} ${s.closeCode??""}</dd>
                `:null}
              <dt>strategy</dt><dd>${s.strategy??"\u2014"}</dd>
              <dt>rebinds / resumes / detaches</dt><dd>${s.rebinds} / ${s.resumes} / ${s.detaches}</dd>
              <dt>frames in / out</dt><dd>${nt(s.traffic.framesIn)} / ${nt(s.traffic.framesOut)}</dd>
              <dt>bytes in / out</dt><dd>${rn(s.traffic.bytesIn)} / ${rn(s.traffic.bytesOut)}</dd>
              <dt>errors</dt><dd>${nt(s.traffic.errors)}</dd>
            </dl>
          </${X}>
          <${X} title="Routing decision">
            ${S?v`
                <p>${"Strategy "}<strong>${S.strategy}</strong>${" chose "}<strong>${nl(_,E)}</strong>${` of ${S.candidates.length} candidates.`}</p>
                <table class="table compact" aria-label="candidates">
                  <thead>
                    <tr>
                      <th scope="col">candidate</th>
                      <th scope="col" class="num">score</th>
                    </tr>
                  </thead>
                  <tbody>
                            ${[...S.candidates].sort((A,y)=>y.score-A.score).map(A=>v`
                                <tr class=${A.agentId===E?"chosen":""}>
                                  <td>${nl(_,A.agentId)}
                                              ${A.agentId===E?v`<span class="tag">chosen</span>`:null}</td>
                                  <td class="num">${A.score.toFixed(3)}</td>
                                </tr>
                              `)}</tbody>
                </table>
              `:v`<${oe}>${r===null?"The decision is read from the event log, which needs the auditor or admin role.":"Not routed yet."}</${oe}>`}
          </${X}>
        </div>
        <${X} title="Event history">
          ${r===null?v`<${oe}>Needs the auditor or admin role.</${oe}>`:v`<ol class="timeline">${r.map(A=>v`<li><span class="pos">#${A.position}</span> <${Ee} at=${A.recordedAt} />
          <code>${A.type}</code> <span class="muted">${sd(A)}</span></li>`)}</ol>`}
        </${X}>
        <${jt} request=${d} onClose=${()=>h(null)} />
      </div>
  `}function sd(e){let t=e.data;return e.type==="session.closed"?`${t.reason??""} ${t.code??""}`:e.type==="session.trafficReported"?`frames ${t.framesIn??""}/${t.framesOut??""}`:e.type==="session.rebound"?`\u2192 ${t.agentId} (${t.reason??""})`:e.type==="session.routed"?`\u2192 ${t.agentId}`:""}var od={"round-robin":"each healthy agent in turn","weighted-round-robin":"in turn, in proportion to each agent's weight","least-connections":"the agent with the fewest live sessions","consistent-hash":"the same client to the same agent while the fleet stays",capability:"the best match for the requested capability"};function id({capability:e,policy:t,strategies:l,editable:n,ask:s}){let[i,r]=L(t);ne(()=>r(t),[JSON.stringify(t)]);let c=JSON.stringify(i)!==JSON.stringify(t),u=h=>r({...i,...h}),m=h=>`routing-${e}-${h}`;return v`<form class="policy" onSubmit=${h=>{h.preventDefault(),s({title:`Change routing of ${e}?`,body:v`<p>New sessions for <strong>${e}</strong> are routed by
        <strong>${i.strategy}</strong>${i.sticky?", sticky":""}${i.failover?", with failover":""}.</p>`,confirmLabel:"Apply",run:()=>{let _={strategy:i.strategy,sticky:i.sticky,failover:i.failover,retryAfterSeconds:i.retryAfterSeconds};return i.fallbackCapability&&(_.fallbackCapability=i.fallbackCapability),tt("PUT","/routing",{capability:e,policy:_})}})}} aria-label=${`routing policy for ${e}`}>
    <h3>${e}</h3>
    <label class="field" for=${m("strategy")}>Strategy
      <select id=${m("strategy")} name="strategy" disabled=${!n} value=${i.strategy}
        onChange=${h=>u({strategy:h.target.value})}>
        ${l.map(h=>v`<option value=${h}>${h}</option>`)}
      </select></label>
    <p class="hint">${od[i.strategy]??"a plugged-in strategy"}</p>
    <label class="check"><input type="checkbox" checked=${i.sticky} disabled=${!n}
      onChange=${h=>u({sticky:h.target.checked})} /> sticky sessions</label>
    <label class="check"><input type="checkbox" checked=${i.failover} disabled=${!n}
      onChange=${h=>u({failover:h.target.checked})} /> failover</label>
    <label class="field">Fallback capability
      <input value=${i.fallbackCapability??""} disabled=${!n} placeholder="none"
        onInput=${h=>u({fallbackCapability:h.target.value||void 0})} /></label>
    <label class="field">Retry after (s)
      <input type="number" min="1" max="3600" value=${i.retryAfterSeconds} disabled=${!n}
        onInput=${h=>u({retryAfterSeconds:Number(h.target.value)})} /></label>
    ${n?v`<div class="row end">
        <button type="button" disabled=${!c} onClick=${()=>r(t)}>Reset</button>
        <button type="submit" class="primary" disabled=${!c}>Save</button></div>`:null}
  </form>`}function Za(){let e=de(Ne),t=qe("routing","agents"),[l,n]=L(null),[s,i]=L(null),[r,c]=L(null);ne(()=>{Me("/routing").then(n).catch(i)},[t]);let u=Bt(e);return v`<div class="view">
    <div class="view-head"><h1>Routing</h1></div>
    <${Ie} error=${s} />
    ${l&&l.items.length===0?v`<${oe}>No capability is known yet.</${oe}>`:null}
    <div class="policies">
      ${l?.items.map(m=>v`
        <${X}>
          <${id} capability=${m.capability} policy=${m.policy}
            strategies=${l.strategies} editable=${u} ask=${c} />
          </${X}>
      `)}
    </div>
    <${jt} request=${r} onClose=${()=>c(null)} />
  </div>`}function Qa(e,t){let l=e.split(`
`),n=t.split(`
`),s=l.length,i=n.length,r=Array.from({length:s+1},()=>new Array(i+1).fill(0));for(let d=s-1;d>=0;d--)for(let h=i-1;h>=0;h--)r[d][h]=l[d]===n[h]?r[d+1][h+1]+1:Math.max(r[d+1][h],r[d][h+1]);let c=[],u=0,m=0;for(;u<s&&m<i;)l[u]===n[m]?(c.push({kind:"same",text:l[u]}),u++,m++):r[u+1][m]>=r[u][m+1]?c.push({kind:"del",text:l[u++]}):c.push({kind:"add",text:n[m++]});for(;u<s;)c.push({kind:"del",text:l[u++]});for(;m<i;)c.push({kind:"add",text:n[m++]});return c}var Ms=e=>JSON.stringify(e,null,2);function rd(e){return/body\.config\.([\w.[\]]+)/.exec(e)?.[1]}function Xa({before:e,after:t}){let l=Qa(Ms(e),Ms(t));if(l.filter(i=>i.kind!=="same").length===0)return v`<${oe}>No difference.</${oe}>`;let s=l.map((i,r)=>l.slice(Math.max(0,r-2),r+3).some(c=>c.kind!=="same"));return v`<pre class="diff" aria-label="differences">${l.map((i,r)=>s[r]?v`<div class=${`d-${i.kind}`}>${i.kind==="add"?"+ ":i.kind==="del"?"- ":"  "}${i.text}</div>`:null)}</pre>`}function ec(){let e=de(Ne),t=qe("config"),[l,n]=L(null),[s,i]=L(""),[r,c]=L(!1),[u,m]=L(null),[d,h]=L([]),[_,g]=L(null),[S,E]=L(null),[T,A]=L(null),[y,P]=L(null),k=or(e);ne(()=>{Me("/config").then(w=>{n(w),r||i(Ms(w.config))}).catch(A),Me("/config/history",{limit:100}).then(w=>{h(w.items),w.items.length>=2&&_===null&&(g(w.items[1].version),E(w.items[0].version))}).catch(A)},[t]);let H=w=>{i(w),c(!0);try{JSON.parse(w),m(null)}catch(V){m(`not JSON: ${V.message}`)}},C=async w=>{try{await tt("PUT","/config",{config:w,expectedVersion:l?.version}),c(!1),m(null)}catch(V){throw V instanceof tl&&V.status===400&&m(V.message),V}},J=async w=>{w.preventDefault();let V;try{V=JSON.parse(s)}catch(R){m(`not JSON: ${R.message}`);return}try{await C(V)}catch(R){R instanceof tl&&R.status===400||A(R)}},G=w=>P({title:`Roll back to version ${w.version}?`,body:v`
        <p>Version ${w.version}'s settings become version ${(l?.version??0)+1}.</p>
        <${Xa} before=${l?.config} after=${w.config} />
      `,confirmLabel:"Roll back",run:()=>C(w.config)}),Z=u?rd(u):void 0,z=w=>d.find(V=>V.version===w);return v`
    <div class="view">
      <div class="view-head"><h1>Configuration</h1>
          <span class="muted">version ${l?.version??"\u2026"}</span></div>
      <${Ie} error=${T} />
      <div class="config-grid">
        <${X} title="Editor">
          <form onSubmit=${J}>
              <label class="field" for="config-text">Runtime config (JSON)${k?"":" \u2014 read-only: admins change it"}</label>
              <textarea id="config-text" class=${`code ${u?"invalid":""}`} spellcheck="false"
                rows="24" readonly=${!k} aria-invalid=${u?"true":"false"}
                aria-describedby="config-problem"
                onInput=${w=>H(w.target.value)}
                value=${s}></textarea>
              <p id="config-problem" class=${u?"error":"hint"} role=${u?"alert":void 0}>
                ${u?v`${Z?v`
                        <strong>${Z}</strong>:
                      `:null}${u}`:"Unknown fields and bad values are refused with the field named."}</p>
              ${k?v`
                  <div class="row end">
                    <button type="button" disabled=${!r} onClick=${()=>{i(Ms(l?.config)),c(!1),m(null)}}>Discard</button>
                    <button type="submit" class="primary" disabled=${!r||!!u?.startsWith("not JSON")}>Save</button>
                  </div>
                `:null}
            </form>
          </${X}>
          <${X} title="History">
            <table class="table compact" aria-label="config versions"><thead><tr><th scope="col">version</th>
              <th scope="col">when</th><th scope="col">by</th><th scope="col">compare</th>${k?v`<th scope="col"></th>`:null}</tr></thead>
              <tbody>${d.map(w=>v`<tr><td>${w.version}${w.version===l?.version?v`
                      <span class="tag">current</span>
                    `:null}</td>
            <td><${Ee} at=${w.at} /></td><td>${w.by?ll(w.by):"\u2014"}</td>
            <td><label class="check"><input type="radio" name="left" checked=${_===w.version}
              onChange=${()=>g(w.version)} aria-label=${`compare from version ${w.version}`} />from</label>
              <label class="check"><input type="radio" name="right" checked=${S===w.version}
              onChange=${()=>E(w.version)} aria-label=${`compare to version ${w.version}`} />to</label></td>
            ${k?v`<td>${w.version!==l?.version?v`<button type="button" onClick=${()=>G(w)}>Roll back</button>`:null}</td>`:null}</tr>`)}</tbody></table>
            ${d.length===0?v`<${oe}>The defaults are in force: no change yet.</${oe}>`:null}
            ${z(_)&&z(S)?v`
                <h3>Version ${_} → ${S}</h3>
                <${Xa} before=${z(_).config} after=${z(S).config} />
              `:null}
          </${X}>
        </div>
        <${jt} request=${y} onClose=${()=>P(null)} />
      </div>
  `}var tc=50,ad=["agent.registered","agent.healthChanged","agent.drained","agent.undrained","agent.maintenanceChanged","agent.deregistered","agent.weightChanged","session.opened","session.routed","session.rebound","session.closed","routing.policyChanged","config.changed"];function cd({e}){let[t,l]=L(!1);return v`<li class="event">
    <button type="button" class="event-head" aria-expanded=${t} onClick=${()=>l(!t)}>
      <span class="pos">#${e.position}</span> <code>${e.type}</code>
      <span class="muted">${e.streamId}</span>
      <span class="spacer"></span>
      ${e.metadata.principal?v`<span class="muted">by ${ll(e.metadata.principal.sub)}</span>`:null}
      <${Ee} at=${e.recordedAt} />
    </button>
    ${t?v`<pre class="code">${JSON.stringify(e,null,2)}</pre>`:null}
  </li>`}function ud({head:e}){let[t,l]=L(null),[n,s]=L(null),[i,r]=L(null),[c,u]=L(null),[m,d]=L(null),h=t??e;return ne(()=>{if(h<1)return;let _=setTimeout(()=>{Me("/agents",{at:h,limit:1e3}).then(g=>{s(g.items),r(g.at),d(null)}).catch(d),Cn("/events",{from:h,limit:1}).then(g=>u(g[0]?.recordedAt??null)).catch(()=>u(null))},250);return()=>clearTimeout(_)},[h]),v`<${X} title="Time travel">
    <label class="field" for="travel"><span>Registry as of log position <strong>${h}</strong>${c?v`${" ("}<${Ee} at=${c} />)`:null}${` of ${e}`}</span></label>
    <input id="travel" type="range" min="1" max=${Math.max(1,e)} value=${h}
      aria-valuetext=${`position ${h}`}
      onInput=${_=>l(Number(_.target.value))} />
    <div class="row">
      <button type="button" onClick=${()=>l(Math.max(1,h-1))}>◀ one event</button>
      <button type="button" onClick=${()=>l(Math.min(e,h+1))}>one event ▶</button>
      <button type="button" onClick=${()=>l(null)}>Now</button>
    </div>
    <${Ie} error=${m} />
    ${n?v`
        <table class="table compact" aria-label="registry as of the position" data-at=${i}>
          <thead>
            <tr>
              <th scope="col">agent</th>
              <th scope="col">status</th>
              <th scope="col" class="num">weight</th>
              <th scope="col" class="num">sessions</th>
            </tr>
          </thead>
          <tbody>${n.map(_=>v`
              <tr data-agent=${_.id}>
                <td>${_.name}</td>
                <td>
                  <${Ct} status=${_.status} maintenance=${_.maintenance} />
                </td>
                <td class="num">${_.weight??1}</td>
                <td class="num">${_.currentSessions}</td>
              </tr>
            `)}</tbody>
        </table>
                ${n.length===0?v`<${oe}>No agent was registered yet at this position.</${oe}>`:null}
      `:null}
  </${X}>`}function nc(){let e=de(Ne),t=de(Se),[l,n]=L(""),[s,i]=L(""),[r,c]=L([1]),[u,m]=L([]),[d,h]=L(null),_=Math.max(0,...Object.values(t.fleet?.summary.positions??{})),g=r.at(-1);if(ne(()=>{Tn(e)&&Cn("/events",{from:g,limit:tc,stream:l,type:s}).then(T=>{m(T),h(null)}).catch(h)},[g,l,s]),!Tn(e))return v`
      <div class="view">
        <h1>Log</h1>
        <${oe}>The event log is for the auditor and admin roles.</${oe}></div>
    `;let S=T=>T.target.value,E=T=>A=>{T(S(A).trim()),c([1])};return v`
    <div class="view">
      <div class="view-head"><h1>Log</h1><span class="muted">${_} events</span></div>
      <${ud} head=${_} />
      <${X} title="Events">
          <div class="filters" role="search">
            <label class="field inline">Stream <input type="search" placeholder="agent-…, session-…"
              value=${l} onChange=${E(n)} /></label>
            <label class="field inline">Type <input type="search" list="event-types" placeholder="any"
              value=${s} onChange=${E(i)} /></label>
            <datalist id="event-types">${ad.map(T=>v`<option value=${T} />`)}</datalist>
            <label class="field inline">From position <input type="number" min="1" value=${g}
              onChange=${T=>c([Math.max(1,Number(S(T))||1)])} /></label>
          </div>
          <${Ie} error=${d} />
          <ol class="events" aria-label="events">${u.map(T=>v`<${cd} e=${T} />`)}</ol>
          ${u.length===0?v`<${oe}>No events match.</${oe}>`:null}
          <div class="pager" role="navigation" aria-label="pages">
            <button type="button" disabled=${r.length<=1}
              onClick=${()=>c(r.slice(0,-1))}>← Earlier</button>
            <button type="button" disabled=${u.length<tc}
              onClick=${()=>c([...r,u.at(-1).position+1])}>Later →</button>
          </div>
        </${X}>
      </div>
  `}function lc(){let e=qe("alerts"),[t,l]=L([]),[n,s]=L(null);return ne(()=>{Me("/alerts",{state:"all"}).then(i=>l(i.items)).catch(s)},[e]),v`
    <div class="view">
      <div class="view-head">
        <h1>Alerts</h1>
      </div>
      <${Ie} error=${n} />
      <${X} title="Alerts">
          ${t.length===0?v`<${oe}>No alert has fired.</${oe}>`:v`
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">alert</th>
                  <th scope="col">state</th>
                  <th scope="col">value</th>
                  <th scope="col">since</th>
                </tr>
              </thead>
              <tbody>
                    ${t.map(i=>v`
                        <tr>
                          <td>${i.labels?.alertname??i.ruleId}</td>
                          <td>${i.state}</td>
                          <td>${i.value??"\u2014"}</td>
                          <td>
                            <${Ee} at=${i.startsAt} />
                          </td>
                        </tr>
                      `)}</tbody>
            </table>
          `}
        </${X}>
      </div>
  `}function sc(){let e=localStorage.getItem("switchboard-theme");return e==="light"||e==="dark"?e:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}function Yo(e){document.documentElement.dataset.theme=e}function oc(){let[e,t]=L(document.documentElement.dataset.theme??"light");return v`
    <button type="button" class="icon" onClick=${()=>{let n=e==="dark"?"light":"dark";Yo(n),localStorage.setItem("switchboard-theme",n),t(n),dispatchEvent(new Event("switchboard-theme"))}}
      aria-label=${`switch to ${e==="dark"?"light":"dark"} theme`}
      title="light / dark">${e==="dark"?hr():mr()}</button>
  `}var fd=[["overview","Overview"],["distribution","Distribution"],["agents","Agents"],["sessions","Sessions"],["routing","Routing"],["config","Config"],["log","Log"],["alerts","Alerts"]];function dd({parts:e}){let[t,l]=e;switch(t){case"distribution":return v`<${Ga} />`;case"agents":return l?v`<${Ja} id=${l} />`:v`<${Ya} />`;case"sessions":return l?v`<${qa} id=${l} />`:v`<${Ka} />`;case"routing":return v`<${Za} />`;case"config":return v`<${ec} />`;case"log":return v`<${nc} />`;case"alerts":return v`<${lc} />`;default:return v`<${ja} />`}}function pd(){let e=de(Ne),t=de(Se),l=ar(),n=l[0]??"overview";ne(()=>(ir(),rr),[]);let s=async()=>{try{await sr()}finally{Ne.set(null)}};return v`
    <div class="shell">
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <div class="brand"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <nav class="nav" aria-label="Views">
            ${fd.map(([i,r])=>v`
                <a href=${`#/${i}`} aria-current=${n===i?"page":void 0}
                  class=${n===i?"on":""}>${r}</a>
              `)}
          </nav>
        <div class="spacer"></div>
        <span class=${`live-dot ${t.connected?"on":""}`} role="status"
          title=${t.connected?"live feed connected":"live feed reconnecting"}>
            ${t.connected?"live":"offline"}</span>
        <${oc} />
        <span class="who" title=${e?.roles.join(", ")}>
            ${ll(e?.sub)} <span class="role">${e?.roles.join(", ")}</span>
            ${Bt(e)?null:v`<span class="badge s-readonly">read-only</span>`}
          </span>
        <button type="button" onClick=${s}>Sign out</button>
      </header>
      <main id="main" class="main" tabindex="-1">
        <${dd} parts=${l} />
      </main>
    </div>
  `}function ic(){let e=de(Ne),[t,l]=L(null);return ne(()=>{Xi(()=>Ne.set(null)),Promise.all([nr(),lr()]).then(([n])=>Ne.set(n??null)).catch(l)},[]),ne(()=>{e&&!location.hash&&as("overview")},[e]),t?v`<p class="error" role="alert">${String(t)}</p>`:e===void 0?v`<p class="loading" role="status">Loading…</p>`:e===null?v`<${_r} />`:v`<${pd} />`}Yo(sc());Ii(v`<${ic} />`,document.getElementById("app"));
